package org.huzhu.interfaces.admin.rest;

import static org.huzhu.domain.model.shared.SharedJsonProvider.JSON;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.Set;
import org.huzhu.application.UserAdministration;
import org.huzhu.domain.model.user.Role;
import org.huzhu.interfaces.rest.JsonInput;

/** {@code POST /users}: an admin creates a staff account; its first password is shown once. */
@RequestScoped
@Path("users")
public class UsersResource {

    @EJB
    private UserAdministration userAdministration;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    public Response create(String body) {
        JsonInput input = JsonInput.parse(body);
        String username = input.requiredText("username", "[a-z][a-z0-9_.-]{2,31}");
        String displayName = input.requiredText("displayName", null);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : input.requiredTextList("roles")) {
            StaffRole role = input.enumValue("roles", name, StaffRole.class);
            if (role != null) {
                roles.add(role.role);
            }
        }
        input.throwIfInvalid();
        UserAdministration.IssuedAccount account = userAdministration.createStaff(username, displayName, roles);
        return Response.status(201).entity(JSON.createObjectBuilder()
                .add("username", account.username())
                .add("initialPassword", account.initialPassword())
                .build().toString()).build();
    }

    /** Roles an admin may give a staff account; members get theirs when a clerk registers them. */
    enum StaffRole {
        clerk(Role.CLERK), reviewer(Role.REVIEWER), finance(Role.FINANCE), admin(Role.ADMIN);

        final Role role;

        StaffRole(Role role) {
            this.role = role;
        }
    }
}

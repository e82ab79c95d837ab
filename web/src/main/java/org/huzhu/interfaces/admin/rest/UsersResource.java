package org.huzhu.interfaces.admin.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.huzhu.application.NotFound;
import org.huzhu.application.UserAdministration;
import org.huzhu.application.UserAdministration.AccountSummary;
import org.huzhu.domain.model.user.Role;
import org.huzhu.interfaces.rest.JsonInput;
import org.huzhu.interfaces.rest.Language;

/**
 * Accounts, for an admin: {@code POST /users} creates a staff account (its first password shown once),
 * {@code GET /users} lists staff accounts, {@code GET /users/{username}} shows any account (a member's by
 * member number), {@code POST /users/{username}/disable} · {@code /enable}, {@code PUT /users/{username}/roles}
 * and {@code POST /users/{username}/password-reset} (a new issued password, shown once). Each change is audited.
 */
@RequestScoped
@Path("users")
@RolesAllowed(Role.ADMIN_NAME)
public class UsersResource {

    private static final String USERNAME = "[a-z][a-z0-9_.-]{2,31}";

    /** An account as an admin sees it; {@code passwordIssuedAt} only while an issued password is in use. */
    public record AccountJson(String username, String displayName, List<String> roles, boolean enabled,
                              boolean mustChangePassword, Instant createdAt, Instant passwordIssuedAt) {

        static AccountJson of(AccountSummary account) {
            return new AccountJson(account.username(), account.displayName(), realmNames(account.roles()),
                    account.enabled(), account.mustChangePassword(), account.createdAt(), account.passwordIssuedAt());
        }
    }

    @EJB
    private UserAdministration userAdministration;

    @Context
    private SecurityContext security;

    @Context
    private HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(String body) {
        JsonInput input = JsonInput.parse(body, Language.of(headers));
        String username = input.requiredText("username", USERNAME);
        String displayName = input.requiredText("displayName", null);
        Set<Role> roles = staffRoles(input);
        input.throwIfInvalid();
        return Response.status(201).entity(userAdministration.createStaff(admin(), username, displayName, roles)).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<AccountJson> list() {
        return userAdministration.listStaff().stream().map(AccountJson::of).toList();
    }

    @GET
    @Path("{username}")
    @Produces(MediaType.APPLICATION_JSON)
    public AccountJson show(@PathParam("username") String username) {
        return AccountJson.of(userAdministration.find(username)
                .orElseThrow(() -> new NotFound("没有账户 " + username, "no account " + username)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{username}/disable")
    @Produces(MediaType.APPLICATION_JSON)
    public AccountJson disable(@PathParam("username") String username) {
        userAdministration.disable(admin(), username);
        return show(username);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{username}/enable")
    @Produces(MediaType.APPLICATION_JSON)
    public AccountJson enable(@PathParam("username") String username) {
        userAdministration.enable(admin(), username);
        return show(username);
    }

    /** {@code {"roles": ["reviewer"]}}: the account's roles from now on. */
    @PUT
    @Path("{username}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public AccountJson changeRoles(@PathParam("username") String username, String body) {
        JsonInput input = JsonInput.parse(body, Language.of(headers));
        Set<Role> roles = staffRoles(input);
        input.throwIfInvalid();
        userAdministration.changeRoles(admin(), username, roles);
        return show(username);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{username}/password-reset")
    @Produces(MediaType.APPLICATION_JSON)
    public UserAdministration.IssuedAccount resetPassword(@PathParam("username") String username) {
        return userAdministration.resetPassword(admin(), username);
    }

    private String admin() {
        return security.getUserPrincipal().getName();
    }

    /** Roles as the realm and the pages name them, in the roles' order. */
    static List<String> realmNames(Set<Role> roles) {
        return roles.stream().map(Role::realmName).toList();
    }

    /** The roles of the body, each one an admin may give; members get theirs when a clerk registers them. */
    static Set<Role> staffRoles(JsonInput input) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : input.requiredTextList("roles")) {
            StaffRole role = input.enumValue("roles", name, StaffRole.class);
            if (role != null) {
                roles.add(role.role);
            }
        }
        return roles;
    }

    /** Roles an admin may give a staff account. */
    enum StaffRole {
        clerk(Role.CLERK), reviewer(Role.REVIEWER), finance(Role.FINANCE), admin(Role.ADMIN);

        final Role role;

        StaffRole(Role role) {
            this.role = role;
        }
    }
}

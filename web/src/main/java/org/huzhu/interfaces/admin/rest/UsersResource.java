package org.huzhu.interfaces.admin.rest;

import static org.huzhu.domain.model.shared.SharedJsonProvider.JSON;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
import java.util.EnumSet;
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
        return issued(201, userAdministration.createStaff(admin(), username, displayName, roles), "initialPassword");
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String list() {
        JsonArrayBuilder accounts = JSON.createArrayBuilder();
        userAdministration.listStaff().forEach(account -> accounts.add(view(account)));
        return accounts.build().toString();
    }

    @GET
    @Path("{username}")
    @Produces(MediaType.APPLICATION_JSON)
    public String show(@PathParam("username") String username) {
        return view(userAdministration.find(username)
                .orElseThrow(() -> new NotFound("没有账户 " + username, "no account " + username))).toString();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{username}/disable")
    @Produces(MediaType.APPLICATION_JSON)
    public String disable(@PathParam("username") String username) {
        userAdministration.disable(admin(), username);
        return show(username);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{username}/enable")
    @Produces(MediaType.APPLICATION_JSON)
    public String enable(@PathParam("username") String username) {
        userAdministration.enable(admin(), username);
        return show(username);
    }

    /** {@code {"roles": ["reviewer"]}}: the account's roles from now on. */
    @PUT
    @Path("{username}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public String changeRoles(@PathParam("username") String username, String body) {
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
    public Response resetPassword(@PathParam("username") String username) {
        return issued(200, userAdministration.resetPassword(admin(), username), "initialPassword");
    }

    private String admin() {
        return security.getUserPrincipal().getName();
    }

    private static Response issued(int status, UserAdministration.IssuedAccount account, String passwordField) {
        JsonObject body = JSON.createObjectBuilder()
                .add("username", account.username())
                .add(passwordField, account.initialPassword())
                .build();
        return Response.status(status).entity(body.toString()).build();
    }

    private static JsonObject view(AccountSummary account) {
        JsonArrayBuilder roles = JSON.createArrayBuilder();
        account.roles().forEach(role -> roles.add(role.realmName()));
        JsonObjectBuilder view = JSON.createObjectBuilder()
                .add("username", account.username())
                .add("displayName", account.displayName())
                .add("roles", roles)
                .add("enabled", account.enabled())
                .add("mustChangePassword", account.mustChangePassword())
                .add("createdAt", account.createdAt().toString());
        if (account.passwordIssuedAt() != null) {
            view.add("passwordIssuedAt", account.passwordIssuedAt().toString());
        }
        return view.build();
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

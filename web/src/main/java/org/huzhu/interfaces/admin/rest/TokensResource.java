package org.huzhu.interfaces.admin.rest;

import static org.huzhu.domain.model.shared.SharedJsonProvider.JSON;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Set;
import org.huzhu.application.ApiTokens;
import org.huzhu.domain.model.user.Role;
import org.huzhu.interfaces.rest.JsonInput;
import org.huzhu.interfaces.rest.Language;

/**
 * API tokens, for an admin: {@code POST /tokens {name, roles}} → 201 with the token, shown this once;
 * {@code GET /tokens}; {@code DELETE /tokens/{id}} or {@code POST /tokens/{id}/revoke} → 204. A token acts
 * as clerk, reviewer or finance (never admin), sent as {@code Authorization: Bearer <token>}.
 */
@RequestScoped
@Path("tokens")
@RolesAllowed(Role.ADMIN_NAME)
public class TokensResource {

    @EJB
    private ApiTokens apiTokens;

    @Context
    private SecurityContext security;

    @Context
    private HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response issue(String body) {
        JsonInput input = JsonInput.parse(body, Language.of(headers));
        String name = input.requiredText("name", "[a-z][a-z0-9_.-]{2,31}");
        Set<Role> roles = UsersResource.staffRoles(input);
        input.throwIfInvalid();
        ApiTokens.IssuedToken issued = apiTokens.issue(admin(), name, roles);
        return Response.status(201).entity(JSON.createObjectBuilder()
                .add("id", issued.id())
                .add("name", issued.name())
                .add("roles", roles(issued.roles()))
                .add("token", issued.token())
                .build().toString()).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String list() {
        JsonArrayBuilder tokens = JSON.createArrayBuilder();
        for (ApiTokens.TokenView token : apiTokens.list()) {
            JsonObjectBuilder view = JSON.createObjectBuilder()
                    .add("id", token.id())
                    .add("name", token.name())
                    .add("roles", roles(token.roles()))
                    .add("createdBy", token.createdBy())
                    .add("createdAt", token.createdAt().toString())
                    .add("revoked", token.revokedAt() != null);
            if (token.revokedAt() != null) {
                view.add("revokedAt", token.revokedAt().toString());
            }
            tokens.add(view);
        }
        return tokens.build().toString();
    }

    @DELETE
    @Path("{id}")
    public Response revoke(@PathParam("id") long id) {
        apiTokens.revoke(admin(), id);
        return Response.noContent().build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{id}/revoke")
    public Response revokeByPost(@PathParam("id") long id) {
        return revoke(id);
    }

    private String admin() {
        return security.getUserPrincipal().getName();
    }

    private static JsonArrayBuilder roles(Set<Role> roles) {
        JsonArrayBuilder names = JSON.createArrayBuilder();
        roles.forEach(role -> names.add(role.realmName()));
        return names;
    }
}

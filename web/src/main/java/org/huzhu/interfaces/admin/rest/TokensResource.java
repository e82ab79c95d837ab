package org.huzhu.interfaces.admin.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
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
import java.time.Instant;
import java.util.List;
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

    /** A new token with its secret, shown this once. */
    public record IssuedTokenJson(long id, String name, List<String> roles, String token) {
    }

    public record TokenJson(long id, String name, List<String> roles, String createdBy, Instant createdAt,
                            boolean revoked, Instant revokedAt) {
    }

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
        return Response.status(201).entity(new IssuedTokenJson(issued.id(), issued.name(),
                UsersResource.realmNames(issued.roles()), issued.token())).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<TokenJson> list() {
        return apiTokens.list().stream().map(token -> new TokenJson(token.id(), token.name(),
                UsersResource.realmNames(token.roles()), token.createdBy(), token.createdAt(), token.revokedAt() != null,
                token.revokedAt())).toList();
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
}

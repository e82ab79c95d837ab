package org.huzhu.interfaces.account.rest;

import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import org.huzhu.application.ApiTokens;
import org.huzhu.application.ApiTokens.TokenHolder;
import org.huzhu.interfaces.rest.Language;
import org.huzhu.interfaces.rest.Problem;

/**
 * API clients sign in with {@code Authorization: Bearer <token>}: the token's hash is looked up (valid
 * tokens are remembered for a minute) and the request acts as the token's principal ({@code api:<name>})
 * with the token's roles, which RESTEasy's {@code @RolesAllowed} check and every resource's
 * {@code @Context SecurityContext} then see. No bcrypt per request: the token is 256 random bits. An
 * unknown or revoked token is 401. Runs before {@code AuthenticationRequiredFilter}, which then finds a
 * principal.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 100)
public class BearerTokenFilter implements ContainerRequestFilter {

    private static final String BEARER = "Bearer ";

    @EJB
    private ApiTokens apiTokens;

    @Override
    public void filter(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return;
        }
        String token = authorization.substring(BEARER.length()).strip();
        Optional<TokenHolder> holder = token.isEmpty() || token.length() > 200 ? Optional.empty() : apiTokens.authenticate(token);
        if (holder.isEmpty()) {
            Language language = Language.of(request.getAcceptableLanguages());
            request.abortWith(jakarta.ws.rs.core.Response.fromResponse(Problem.of(401, "invalid-token",
                            language.pick("API 令牌无效或已被撤销", "the API token is unknown or revoked"), null).toResponse())
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Huzhu\", error=\"invalid_token\"")
                    .build());
            return;
        }
        request.setSecurityContext(new TokenSecurityContext(holder.get(), request.getSecurityContext().isSecure()));
    }

    private record TokenSecurityContext(TokenHolder holder, boolean secure) implements SecurityContext {

        @Override
        public Principal getUserPrincipal() {
            return holder::principal;
        }

        @Override
        public boolean isUserInRole(String role) {
            Set<String> roles = holder.roles();
            return roles.contains(role);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return "Bearer";
        }
    }
}

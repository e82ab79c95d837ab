package org.huzhu.interfaces.rest;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * API callers who have not signed in get 401 with a Basic challenge, not the login page that
 * the browser pages get. Resources open to anyone are marked {@link PermitAll}; every other
 * resource method declares its roles with {@code @RolesAllowed}, checked by RESTEasy after this.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationRequiredFilter implements ContainerRequestFilter {

    @Context
    private ResourceInfo resourceInfo;

    @Override
    public void filter(ContainerRequestContext request) {
        boolean open = resourceInfo.getResourceMethod() != null
                && (resourceInfo.getResourceMethod().isAnnotationPresent(PermitAll.class)
                    || resourceInfo.getResourceClass().isAnnotationPresent(PermitAll.class));
        if (!open && request.getSecurityContext().getUserPrincipal() == null) {
            request.abortWith(jakarta.ws.rs.core.Response.fromResponse(
                            Problem.of(401, "unauthenticated", ErrorTexts.forStatus(401), "Sign in first").toResponse())
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Huzhu\", charset=\"UTF-8\"")
                    .build());
        }
    }
}

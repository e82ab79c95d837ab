package org.huzhu.interfaces.account.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.huzhu.interfaces.rest.JsonInput;
import org.huzhu.interfaces.rest.Language;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.huzhu.application.AccountService;
import org.huzhu.domain.model.user.Role;

/** {@code GET /me}: who is signed in, for the pages' header and menus. */
@RequestScoped
@Path("me")
public class MeResource {

    @EJB
    private AccountService accountService;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.CLERK_NAME, Role.REVIEWER_NAME, Role.FINANCE_NAME, Role.ADMIN_NAME, Role.MEMBER_NAME})
    public AccountService.AccountView me(@Context SecurityContext security) {
        return accountService.find(security.getUserPrincipal().getName()).orElseThrow(NotFoundException::new);
    }

    /** {@code POST /me/password}: the signed-in user replaces their password (at first sign-in, or any time). */
    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.CLERK_NAME, Role.REVIEWER_NAME, Role.FINANCE_NAME, Role.ADMIN_NAME, Role.MEMBER_NAME})
    public Response changePassword(@Context SecurityContext security, @Context HttpHeaders headers, String body) {
        JsonInput input = JsonInput.parse(body, Language.of(headers));
        String current = input.requiredSecret("currentPassword");
        String replacement = input.requiredSecret("newPassword");
        input.throwIfInvalid();
        accountService.changePassword(security.getUserPrincipal().getName(), current.toCharArray(), replacement.toCharArray());
        return Response.noContent().build();
    }
}

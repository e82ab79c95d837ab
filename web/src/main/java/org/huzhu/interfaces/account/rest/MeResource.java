package org.huzhu.interfaces.account.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.ws.rs.GET;
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
    public String me(@Context SecurityContext security) {
        AccountService.AccountView account = accountService.find(security.getUserPrincipal().getName())
                .orElseThrow(NotFoundException::new);
        return Json.createObjectBuilder()
                .add("username", account.username())
                .add("displayName", account.displayName())
                .add("roles", Json.createArrayBuilder(account.roles()))
                .add("mustChangePassword", account.mustChangePassword())
                .build().toString();
    }
}

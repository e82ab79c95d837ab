package org.huzhu.interfaces.account.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.huzhu.application.MyClaims;
import org.huzhu.domain.model.user.Role;

/**
 * {@code GET /me/claims}: the signed-in member's own page, their claims with each one's timeline and the card their
 * money goes to. There is no parameter naming a member: the member is whoever signed in.
 */
@RequestScoped
@Path("me/claims")
public class MyClaimsResource {

    /** @param payee absent for an account that is no registered member */
    public record MyPage(MyClaims.PayeeCard payee, List<MyClaims.MyClaim> claims) {
    }

    @EJB
    private MyClaims myClaims;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.MEMBER_NAME)
    public MyPage mine(@Context SecurityContext security) {
        String memberNo = security.getUserPrincipal().getName();
        return new MyPage(myClaims.payeeOf(memberNo).orElse(null), myClaims.claimsOf(memberNo));
    }
}

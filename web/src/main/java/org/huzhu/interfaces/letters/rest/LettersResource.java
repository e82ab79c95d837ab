package org.huzhu.interfaces.letters.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.huzhu.application.LetterQuery;
import org.huzhu.domain.model.shared.InvalidValueException;
import org.huzhu.domain.model.shared.LetterNumber;
import org.huzhu.domain.model.user.Role;

/**
 * {@code GET /letters/{letterNo}}: the signed PDF, for staff and for the member it is addressed
 * to. Anyone else gets the same 404 as for a letter that does not exist.
 */
@RequestScoped
@Path("letters")
public class LettersResource {

    static final String PDF = "application/pdf";
    private static final List<String> STAFF_ROLES =
            List.of(Role.CLERK_NAME, Role.REVIEWER_NAME, Role.FINANCE_NAME, Role.ADMIN_NAME);

    @EJB
    private LetterQuery letterQuery;

    @GET
    @Path("{letterNo}")
    @Produces(PDF)
    @RolesAllowed({Role.CLERK_NAME, Role.REVIEWER_NAME, Role.FINANCE_NAME, Role.ADMIN_NAME, Role.MEMBER_NAME})
    public Response pdf(@PathParam("letterNo") String letterNo, @Context SecurityContext security) {
        LetterNumber number;
        try {
            number = LetterNumber.parse(letterNo);
        } catch (InvalidValueException e) {
            throw new NotFoundException();
        }
        byte[] pdf = letterQuery.pdf(number, reader(security)).orElseThrow(NotFoundException::new);
        return Response.ok(pdf, PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + number.value() + ".pdf\"")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .build();
    }

    /** A member's user name is their member number. */
    private static LetterQuery.Reader reader(SecurityContext security) {
        return STAFF_ROLES.stream().anyMatch(security::isUserInRole) ? LetterQuery.Reader.staff()
                : LetterQuery.Reader.member(security.getUserPrincipal().getName());
    }
}

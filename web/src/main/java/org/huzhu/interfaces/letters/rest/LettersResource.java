package org.huzhu.interfaces.letters.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.huzhu.application.LetterIssuer;
import org.huzhu.application.LetterQuery;
import org.huzhu.domain.model.shared.InvalidValueException;
import org.huzhu.domain.model.shared.LetterNumber;
import org.huzhu.domain.model.user.Role;
import org.huzhu.interfaces.rest.JsonInput;
import org.huzhu.interfaces.rest.Language;

/**
 * {@code GET /letters/{letterNo}}: the signed PDF, for staff and for the member it is addressed
 * to. Anyone else gets the same 404 as for a letter that does not exist.
 * {@code POST /letters/{letterNo}/reissue {reason}} (finance): a corrected letter replaces it.
 */
@RequestScoped
@Path("letters")
public class LettersResource {

    static final String PDF = "application/pdf";
    private static final List<String> STAFF_ROLES =
            List.of(Role.CLERK_NAME, Role.REVIEWER_NAME, Role.FINANCE_NAME, Role.ADMIN_NAME);

    /** {@code POST /letters/{letterNo}/reissue}'s answer: the new letter. */
    public record ReissuedJson(String letterNo) {
    }

    @EJB
    private LetterQuery letterQuery;

    @EJB
    private LetterIssuer letterIssuer;

    @Context
    private HttpHeaders headers;

    @GET
    @Path("{letterNo}")
    @Produces(PDF)
    @RolesAllowed({Role.CLERK_NAME, Role.REVIEWER_NAME, Role.FINANCE_NAME, Role.ADMIN_NAME, Role.MEMBER_NAME})
    public Response pdf(@PathParam("letterNo") String letterNo, @Context SecurityContext security) {
        LetterNumber number = existingNumber(letterNo);
        byte[] pdf = letterQuery.pdf(number, reader(security)).orElseThrow(NotFoundException::new);
        return Response.ok(pdf, PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + number.value() + ".pdf\"")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .build();
    }

    @POST
    @Path("{letterNo}/reissue")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.FINANCE_NAME)
    public Response reissue(@PathParam("letterNo") String letterNo, String body, @Context SecurityContext security) {
        JsonInput input = JsonInput.parse(body, Language.of(headers));
        String reason = input.requiredText("reason", "[^<>]{1,200}");
        input.throwIfInvalid();
        LetterNumber successor = letterIssuer.reissue(existingNumber(letterNo), reason.strip(),
                security.getUserPrincipal().getName());
        return Response.status(Response.Status.CREATED).entity(new ReissuedJson(successor.value())).build();
    }

    /** Something that is no letter number names no letter: 404, as an unknown number. */
    private static LetterNumber existingNumber(String letterNo) {
        try {
            return LetterNumber.parse(letterNo);
        } catch (InvalidValueException e) {
            throw new NotFoundException();
        }
    }

    /** A member's user name is their member number. */
    private static LetterQuery.Reader reader(SecurityContext security) {
        return STAFF_ROLES.stream().anyMatch(security::isUserInRole) ? LetterQuery.Reader.staff()
                : LetterQuery.Reader.member(security.getUserPrincipal().getName());
    }
}

package org.huzhu.interfaces.letters.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.OffsetDateTime;
import java.util.List;
import org.huzhu.application.LetterQuery;
import org.huzhu.domain.model.letter.LetterSummary;
import org.huzhu.domain.model.shared.LetterNumber;
import org.huzhu.domain.model.user.Role;
import org.huzhu.infrastructure.pdf.LetterSigning;

/** {@code GET /me/letters}: the signed-in member's letters, newest first. */
@RequestScoped
@Path("me/letters")
public class MyLettersResource {

    /**
     * A letter of the member's list; issued in the letters' time zone, with its offset. A re-issued letter stays in
     * the list, with {@code supersededBy} naming the letter that replaced it (left out while it is current).
     */
    @JsonbPropertyOrder({"letterNo", "kind", "subject", "issuedAt", "supersededBy"})
    public record LetterJson(String letterNo, String kind, String subject, OffsetDateTime issuedAt,
                             String supersededBy) {

        static LetterJson of(LetterSummary letter) {
            return new LetterJson(letter.number().value(), letter.kind().name(), letter.subjectNumber(),
                    letter.issuedAt().atZone(LetterSigning.ZONE).toOffsetDateTime(),
                    letter.supersededBy().map(LetterNumber::value).orElse(null));
        }
    }

    @EJB
    private LetterQuery letterQuery;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.MEMBER_NAME)
    public List<LetterJson> mine(@Context SecurityContext security) {
        return letterQuery.lettersOf(security.getUserPrincipal().getName()).stream().map(LetterJson::of).toList();
    }
}

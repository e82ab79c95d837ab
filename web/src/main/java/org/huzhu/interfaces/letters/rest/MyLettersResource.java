package org.huzhu.interfaces.letters.rest;

import static org.huzhu.domain.model.shared.SharedJsonProvider.JSON;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.format.DateTimeFormatter;
import org.huzhu.application.LetterQuery;
import org.huzhu.domain.model.letter.LetterSummary;
import org.huzhu.domain.model.user.Role;
import org.huzhu.infrastructure.pdf.LetterSigning;

/** {@code GET /me/letters}: the signed-in member's letters, newest first. */
@RequestScoped
@Path("me/letters")
public class MyLettersResource {

    private static final DateTimeFormatter ISSUED_AT = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(LetterSigning.ZONE);

    @EJB
    private LetterQuery letterQuery;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.MEMBER_NAME)
    public String mine(@Context SecurityContext security) {
        JsonArrayBuilder letters = JSON.createArrayBuilder();
        for (LetterSummary letter : letterQuery.lettersOf(security.getUserPrincipal().getName())) {
            letters.add(JSON.createObjectBuilder()
                    .add("letterNo", letter.number().value())
                    .add("kind", letter.kind().name())
                    .add("subject", letter.subjectNumber())
                    .add("issuedAt", ISSUED_AT.format(letter.issuedAt())));
        }
        return letters.build().toString();
    }
}

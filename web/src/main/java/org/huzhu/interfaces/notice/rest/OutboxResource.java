package org.huzhu.interfaces.notice.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.huzhu.application.OutboxInspection;
import org.huzhu.domain.model.notice.PostedNotice;
import org.huzhu.domain.model.user.Role;
import org.huzhu.interfaces.rest.JsonInput;
import org.huzhu.interfaces.rest.Language;

/**
 * {@code /outbox} (admin; demo and test profiles only, 404 in production): what was posted to a phone, and the
 * recorder's refusals that let a test show the sender's retries.
 */
@RequestScoped
@Path("outbox")
@Produces(MediaType.APPLICATION_JSON)
public class OutboxResource {

    /** More refusals than a test needs to exhaust any retry schedule. */
    private static final int MOST_REFUSALS = 100;

    @EJB
    private OutboxInspection outbox;

    @Context
    private HttpHeaders headers;

    /** {@code [{to, text, createdAt, status}]}, newest first; {@code to} is the full number the admin asked for. */
    @GET
    @RolesAllowed(Role.ADMIN_NAME)
    public List<PostedNotice> postedTo(@QueryParam("to") String phone) {
        return outbox.postedTo(phone);
    }

    /** {@code {to, count}}: the recorder refuses the next {@code count} texts to that phone, as a busy service would. */
    @POST
    @Path("refusals")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    public Response refuseNextTexts(String body) {
        Refusals refusals = Refusals.read(JsonInput.parse(body, Language.of(headers)));
        outbox.refuseNextTexts(refusals.to(), refusals.count());
        return Response.noContent().build();
    }

    /** The hook's body: how many texts to which phone. */
    private record Refusals(String to, int count) {

        static Refusals read(JsonInput input) {
            String to = input.requiredText("to");
            Integer count = input.requiredInt("count", 1, MOST_REFUSALS);
            input.throwIfInvalid();
            return new Refusals(to, count);
        }
    }
}

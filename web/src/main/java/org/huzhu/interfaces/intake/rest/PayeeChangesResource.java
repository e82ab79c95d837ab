package org.huzhu.interfaces.intake.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.huzhu.application.PayeeChanges;
import org.huzhu.domain.model.member.PayeeChange;
import org.huzhu.domain.model.user.Role;
import org.huzhu.interfaces.rest.JsonInput;
import org.huzhu.interfaces.rest.Language;

/**
 * Payee changes and unit moves that wait for a second person (SPEC.md §1, §4): reviewer and finance list them and
 * confirm or refuse them; the requester never decides their own (409 {@code four-eyes}).
 */
@RequestScoped
@Path("payee-changes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.REVIEWER_NAME, Role.FINANCE_NAME})
public class PayeeChangesResource {

    private static final int LIST_LIMIT = 500;
    private static final String REASON = "[^<>]{1,200}";

    @EJB
    private PayeeChanges payeeChanges;

    @Context
    private SecurityContext security;

    @Context
    private HttpHeaders headers;

    /** {@code ?status=PENDING} (the reviewer's to-do list), CONFIRMED or REFUSED; all when absent. */
    @GET
    public Listed list(@QueryParam("status") String status) {
        PayeeChange.Status wanted = null;
        if (status != null && !status.isBlank()) {
            JsonInput input = JsonInput.parse("{}", Language.of(headers));
            wanted = input.enumValue("status", status.strip(), PayeeChange.Status.class);
            input.throwIfInvalid();
        }
        return new Listed(payeeChanges.list(wanted, LIST_LIMIT));
    }

    /** {@code {reason?}}: the requested payee becomes the member's, for every payment file from now on. */
    @POST
    @Path("{id}/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    public PayeeChanges.ChangeView confirm(@PathParam("id") long id, String body) {
        JsonInput input = JsonInput.parse(body, Language.of(headers));
        String reason = input.optionalText("reason", REASON).orElse(null);
        input.throwIfInvalid();
        return payeeChanges.confirm(id, reason, caller());
    }

    /** {@code {reason}}: the member keeps the payee they have. */
    @POST
    @Path("{id}/refuse")
    @Consumes(MediaType.APPLICATION_JSON)
    public PayeeChanges.ChangeView refuse(@PathParam("id") long id, String body) {
        JsonInput input = JsonInput.parse(body, Language.of(headers));
        String reason = input.requiredText("reason", REASON);
        input.throwIfInvalid();
        return payeeChanges.refuse(id, reason, caller());
    }

    private String caller() {
        return security.getUserPrincipal().getName();
    }

    /** The list's answer: {@code {items: [...]}}, each change as {@link PayeeChanges.ChangeView} (absent values left out). */
    public record Listed(List<PayeeChanges.ChangeView> items) {
    }
}

package org.huzhu.interfaces.intake.rest;

import static org.huzhu.domain.model.shared.SharedJsonProvider.JSON;

import static org.huzhu.interfaces.rest.JsonViews.addIfPresent;
import static org.huzhu.interfaces.rest.JsonViews.array;
import static org.huzhu.interfaces.rest.JsonViews.object;
import static org.huzhu.interfaces.rest.JsonViews.violations;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.huzhu.application.ClaimService;
import org.huzhu.application.ClaimService.ClaimDetail;
import org.huzhu.application.ClaimService.IntakeResult;
import org.huzhu.application.LetterQuery;
import org.huzhu.application.NotFound;
import org.huzhu.application.PayoutQuery;
import org.huzhu.domain.model.claim.ClaimStatus;
import org.huzhu.domain.model.user.Role;
import org.huzhu.interfaces.rest.JsonInput;
import org.huzhu.interfaces.rest.Language;

/** Claims over HTTP (SPEC.md §11): intake by clerks, review by reviewers, reading by staff and the member. */
@RequestScoped
@Path("claims")
@Produces(MediaType.APPLICATION_JSON)
public class ClaimsResource {

    private static final int SEARCH_LIMIT = 200;

    @EJB
    private ClaimService claims;

    @EJB
    private PayoutQuery payouts;

    @EJB
    private LetterQuery letters;

    @Context
    private SecurityContext security;

    @Context
    private HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.CLERK_NAME)
    public Response submit(String body) {
        JsonInput input = JsonInput.parse(body, language());
        IntakeResult result = claims.submit(ClaimRequest.read(input), caller());
        return Response.status(201).entity(intake(result)).build();
    }

    @PUT
    @Path("{claimNo}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.CLERK_NAME)
    public Response correct(@PathParam("claimNo") String claimNo, String body) {
        JsonInput input = JsonInput.parse(body, language());
        IntakeResult result = claims.correct(claimNo, ClaimRequest.read(input), caller());
        return Response.ok(intake(result)).build();
    }

    @POST
    @Path("{claimNo}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.REVIEWER_NAME)
    public Response approve(@PathParam("claimNo") String claimNo, String body) {
        claims.approve(claimNo, reason(body), caller());
        return Response.ok(object().add("claimNo", claimNo).add("status", ClaimStatus.APPROVED.name()).build().toString()).build();
    }

    @POST
    @Path("{claimNo}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.REVIEWER_NAME)
    public Response decline(@PathParam("claimNo") String claimNo, String body) {
        claims.decline(claimNo, reason(body), caller());
        return Response.ok(object().add("claimNo", claimNo).add("status", ClaimStatus.DECLINED.name()).build().toString()).build();
    }

    @GET
    @RolesAllowed({Role.CLERK_NAME, Role.REVIEWER_NAME, Role.FINANCE_NAME})
    public String search(@QueryParam("q") String query, @QueryParam("status") String status,
                         @QueryParam("overdue") boolean overdue) {
        ClaimStatus wanted = status == null || status.isBlank() ? null : statusParameter(status);
        JsonArrayBuilder items = array();
        var found = claims.search(query, wanted, overdue, SEARCH_LIMIT);
        for (ClaimService.ClaimSummary claim : found) {
            JsonObjectBuilder item = object().add("claimNo", claim.claimNo()).add("memberNo", claim.memberNo())
                    .add("planCode", claim.planCode()).add("status", claim.status().name())
                    .add("statusLabel", claim.status().label())
                    .add("submittedAt", claim.submittedAt().toString()).add("dueDate", claim.dueDate().toString())
                    .add("overdue", claim.overdue());
            items.add(addIfPresent(item, "memberName", claim.memberName()));
        }
        return object().add("items", items).add("total", found.size()).build().toString();
    }

    @GET
    @Path("{claimNo}")
    @RolesAllowed({Role.CLERK_NAME, Role.REVIEWER_NAME, Role.FINANCE_NAME, Role.MEMBER_NAME})
    public String find(@PathParam("claimNo") String claimNo) {
        ClaimDetail claim = claims.find(claimNo, ClaimViewers.of(security))
                .orElseThrow(() -> new NotFound("理赔 " + claimNo + " 不存在", "no claim " + claimNo));
        Language language = language();
        JsonArrayBuilder versions = array();
        claim.versions().forEach(v -> versions.add(object().add("version", v.version())
                .add("submittedAt", v.submittedAt().toString()).add("submittedBy", v.submittedBy())
                .add("violations", violations(v.violations(), language))));
        JsonArrayBuilder history = array();
        claim.history().forEach(h -> {
            JsonObjectBuilder entry = object().add("at", h.at().toString()).add("actor", h.actor()).add("action", h.action());
            addIfPresent(entry, "from", h.from());
            addIfPresent(entry, "to", h.to());
            history.add(addIfPresent(entry, "reason", h.reason()));
        });
        JsonArrayBuilder documents = array();
        claim.documents().forEach(d -> documents.add(object().add("id", d.id()).add("code", d.code())
                .add("fileName", d.fileName()).add("contentType", d.contentType()).add("size", d.size())
                .add("sha256", d.sha256())));
        JsonObjectBuilder answer = object().add("claimNo", claim.claimNo()).add("memberNo", claim.memberNo())
                .add("planCode", claim.planCode()).add("status", claim.status().name())
                .add("statusLabel", claim.status().label()).add("version", claim.version())
                .add("claim", JSON.createReader(new java.io.StringReader(claim.bodyJson())).readObject())
                .add("violations", violations(claim.violations(), language))
                .add("versions", versions).add("history", history).add("documents", documents)
                .add("dueDate", claim.dueDate().toString()).add("overdue", claim.overdue())
                .add("enteredBy", claim.enteredBy());
        // Asked only after claims.find: whoever may see the claim may see its payout and letter.
        payouts.findByClaimNo(claim.claimNo()).ifPresent(payout -> answer.add("payout", object()
                .add("payable", payout.payable()).add("lines", JSON.createArrayBuilder(payout.breakdown()))));
        letters.currentLetterAbout(claim.claimNo()).ifPresent(letter -> answer.add("letterNo", letter.value()));
        return addIfPresent(answer, "memberName", claim.memberName()).build().toString();
    }

    private String intake(IntakeResult result) {
        return object().add("claimNo", result.claimNo()).add("status", result.status().name())
                .add("violations", violations(result.violations(), language()))
                .add("dueDate", result.dueDate().toString()).build().toString();
    }

    private String reason(String body) {
        JsonInput input = JsonInput.parse(body, language());
        String reason = input.requiredText("reason", "[^<>]{1,200}");
        input.throwIfInvalid();
        return reason;
    }

    private ClaimStatus statusParameter(String status) {
        JsonInput input = JsonInput.parse("{}", language());
        ClaimStatus wanted = input.enumValue("status", status, ClaimStatus.class);
        input.throwIfInvalid();
        return wanted;
    }

    private String caller() {
        return security.getUserPrincipal().getName();
    }

    private Language language() {
        return Language.of(headers);
    }
}

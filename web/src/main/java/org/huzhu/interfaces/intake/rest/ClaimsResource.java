package org.huzhu.interfaces.intake.rest;

import static org.huzhu.domain.model.shared.SharedJsonProvider.JSON;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
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
import java.io.StringReader;
import java.util.List;
import org.huzhu.application.ClaimService;
import org.huzhu.application.ClaimService.ClaimDetail;
import org.huzhu.application.ClaimService.IntakeResult;
import org.huzhu.application.LetterQuery;
import org.huzhu.application.NotFound;
import org.huzhu.application.PayoutQuery;
import org.huzhu.domain.model.claim.ClaimStatus;
import org.huzhu.domain.model.shared.LetterNumber;
import org.huzhu.domain.model.user.Role;
import org.huzhu.interfaces.rest.JsonInput;
import org.huzhu.interfaces.rest.Language;
import org.huzhu.interfaces.rest.ViolationView;

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
        return Response.ok(new ClaimAnswers.Reviewed(claimNo, ClaimStatus.APPROVED)).build();
    }

    @POST
    @Path("{claimNo}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.REVIEWER_NAME)
    public Response decline(@PathParam("claimNo") String claimNo, String body) {
        claims.decline(claimNo, reason(body), caller());
        return Response.ok(new ClaimAnswers.Reviewed(claimNo, ClaimStatus.DECLINED)).build();
    }

    @GET
    @RolesAllowed({Role.CLERK_NAME, Role.REVIEWER_NAME, Role.FINANCE_NAME})
    public ClaimAnswers.Found search(@QueryParam("q") String query, @QueryParam("status") String status,
                                     @QueryParam("overdue") boolean overdue) {
        ClaimStatus wanted = status == null || status.isBlank() ? null : statusParameter(status);
        List<ClaimAnswers.Listed> items = claims.search(query, wanted, overdue, SEARCH_LIMIT).stream()
                .map(claim -> new ClaimAnswers.Listed(claim.claimNo(), claim.memberNo(), claim.memberName(),
                        claim.planCode(), claim.status(), claim.status().label(), claim.submittedAt(),
                        claim.dueDate(), claim.overdue()))
                .toList();
        return new ClaimAnswers.Found(items, items.size());
    }

    @GET
    @Path("{claimNo}")
    @RolesAllowed({Role.CLERK_NAME, Role.REVIEWER_NAME, Role.FINANCE_NAME, Role.MEMBER_NAME})
    public ClaimAnswers.Detail find(@PathParam("claimNo") String claimNo) {
        ClaimDetail claim = claims.find(claimNo, ClaimViewers.of(security))
                .orElseThrow(() -> new NotFound("理赔 " + claimNo + " 不存在", "no claim " + claimNo));
        Language language = language();
        List<ClaimAnswers.Version> versions = claim.versions().stream()
                .map(v -> new ClaimAnswers.Version(v.version(), v.submittedAt(), v.submittedBy(),
                        ViolationView.of(v.violations(), language)))
                .toList();
        // Asked only after claims.find: whoever may see the claim may see its payout and letter.
        ClaimAnswers.Payout payout = payouts.findByClaimNo(claim.claimNo())
                .map(paid -> new ClaimAnswers.Payout(paid.payable(), paid.breakdown())).orElse(null);
        String letterNo = letters.currentLetterAbout(claim.claimNo()).map(LetterNumber::value).orElse(null);
        return new ClaimAnswers.Detail(claim.claimNo(), claim.memberNo(), claim.memberName(), claim.planCode(),
                claim.status(), claim.status().label(), claim.version(),
                JSON.createReader(new StringReader(claim.bodyJson())).readObject(),
                ViolationView.of(claim.violations(), language), versions, claim.history(), claim.documents(),
                claim.dueDate(), claim.overdue(), claim.enteredBy(), payout, letterNo);
    }

    private ClaimAnswers.Recorded intake(IntakeResult result) {
        return new ClaimAnswers.Recorded(result.claimNo(), result.status(),
                ViolationView.of(result.violations(), language()), result.dueDate());
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

package org.huzhu.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.huzhu.application.ClaimService.IntakeResult;
import org.huzhu.application.Conflict;
import org.huzhu.application.HolidayCalendar;
import org.huzhu.application.NotFound;
import org.huzhu.domain.model.audit.AuditEntry;
import org.huzhu.domain.model.audit.AuditTrail;
import org.huzhu.domain.model.claim.Claim;
import org.huzhu.domain.model.claim.ClaimContext;
import org.huzhu.domain.model.claim.ClaimDraft;
import org.huzhu.domain.model.claim.ClaimRepository;
import org.huzhu.domain.model.claim.ClaimRuleSet;
import org.huzhu.domain.model.claim.ClaimStatus;
import org.huzhu.domain.model.claim.ClaimTransition;
import org.huzhu.domain.model.claim.ClaimTransitions;
import org.huzhu.domain.model.claim.ClaimVersion;
import org.huzhu.domain.model.claim.Invoice;
import org.huzhu.domain.model.claim.StoredClaimant;
import org.huzhu.domain.model.notice.MemberNotices;
import org.huzhu.domain.model.notice.Outbox;
import org.huzhu.domain.model.notice.Recipients;
import org.huzhu.domain.model.plan.PlanTerms;
import org.huzhu.domain.model.plan.PlanVersionRepository;
import org.huzhu.domain.model.shared.BusinessDate;
import org.huzhu.domain.model.shared.Violation;
import org.huzhu.infrastructure.persistence.ClaimRowStatements;

/**
 * Records one submission of a claim in a transaction of its own: gathers what the database knows
 * (the claim context), runs the rule set, stores the version and audits the transitions.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ClaimRecorder {

    @EJB
    private PlanVersionRepository planVersions;

    @EJB
    private HolidayCalendar holidayCalendar;

    @Inject
    private ClaimRepository claims;

    @Inject
    private ClaimTransitions transitions;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Recipients recipients;

    @Inject
    private Outbox outbox;

    public IntakeResult recordNew(String claimNo, ClaimDraft draft, String clerk) {
        return record(new Claim(claimNo, clerk), draft, clerk);
    }

    public IntakeResult recordCorrection(String claimNo, ClaimDraft draft, String clerk) {
        Claim claim = claims.find(claimNo)
                .orElseThrow(() -> new NotFound("理赔 " + claimNo + " 不存在", "no claim " + claimNo));
        if (claim.status() != ClaimStatus.REJECTED) {
            throw new Conflict("wrong-state",
                    "只有校验未通过的理赔可以修改后重新提交；" + claimNo + " 当前为“" + claim.status().label() + "”",
                    "only a REJECTED claim can be corrected; " + claimNo + " is " + claim.status());
        }
        return record(claim, draft, clerk);
    }

    /**
     * A new claim is submitted; a corrected one moves from REJECTED back to SUBMITTED. Either is then validated, to
     * VALIDATED or REJECTED, and both steps are audited.
     */
    private IntakeResult record(Claim claim, ClaimDraft draft, String clerk) {
        boolean isNew = claim.id() == null;
        Instant now = Instant.now();
        LocalDate today = BusinessDate.today();
        Optional<StoredClaimant> member = claims.claimant(draft.memberNo(), draft.planCode());
        List<StoredClaimant.Enrolment> enrolments = member.map(StoredClaimant::enrolments).orElse(List.of());
        Optional<StoredClaimant.Enrolment> covering = enrolments.stream()
                .filter(e -> e.coverage().covers(draft.incidentDate())).findFirst();
        PlanTerms terms = covering
                .map(e -> planVersions.inForce(draft.planCode(), e.coverage().start().getYear()).terms())
                .orElseGet(() -> planVersions.inForce(draft.planCode(), draft.incidentDate().getYear()).terms());

        ClaimContext.Claimant claimant = null;
        List<ClaimContext.OtherClaimStay> otherStays = List.of();
        if (member.isPresent()) {
            List<ClaimContext.EnrolmentInPlan> inPlan = new ArrayList<>();
            for (StoredClaimant.Enrolment e : enrolments) {
                inPlan.add(new ClaimContext.EnrolmentInPlan(e.id(), e.coverage(), e.shares(), e.renewal(), e.chainStart(),
                        draft.planCode().paysOncePerEnrolment() && claims.benefitTaken(e.id(), claim.claimNo()),
                        e.ended()));
            }
            claimant = new ClaimContext.Claimant(member.get().gender(), member.get().bankCard(), inPlan);
            otherStays = claims.staysHeldByOtherClaims(member.get().memberId(), claim.claimNo());
        }
        ClaimContext context = new ClaimContext(claimant, terms,
                claims.invoiceNumbersInUse(draft.invoices().stream().map(Invoice::number).toList(), claim.claimNo()),
                otherStays, today);
        List<Violation> violations = ClaimRuleSet.check(draft, context);

        ClaimStatus before = claim.status();
        LocalDate dueDate = isNew ? holidayCalendar.workingCalendar().dueDate(today, draft.complexity()) : claim.dueDate();
        ClaimVersion version = claim.recordVersion(draft, member.map(StoredClaimant::memberId).orElse(null),
                covering.map(StoredClaimant.Enrolment::id).orElse(null), violations, clerk, now, dueDate);
        long claimId = claims.storeSubmission(claim, version);
        if (isNew) {
            auditTrail.record(new AuditEntry(now, clerk, Claim.AUDIT_ENTITY, claim.claimNo(), "SUBMIT", null,
                    ClaimStatus.SUBMITTED, null));
        } else {
            transitions.recordMade(new ClaimTransition(claimId, claim.claimNo(), before, ClaimStatus.SUBMITTED,
                    "CORRECT", clerk, null), now);
        }
        transitions.recordMade(new ClaimTransition(claimId, claim.claimNo(), ClaimStatus.SUBMITTED, claim.status(),
                "VALIDATE", ClaimRowStatements.INTAKE_ACTOR, violations.isEmpty() ? null
                        : String.join(",", violations.stream().map(Violation::code).distinct().toList())), now);
        if (claim.status() == ClaimStatus.REJECTED) {
            member.flatMap(stored -> recipients.phoneOfMember(stored.memberId())).ifPresent(phone ->
                    outbox.post(MemberNotices.claimRejected(phone, claim.claimNo(), violations)));
        }
        return new IntakeResult(claim.claimNo(), claim.status(), violations, claim.dueDate());
    }
}

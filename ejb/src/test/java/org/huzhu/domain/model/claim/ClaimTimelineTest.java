package org.huzhu.domain.model.claim;

import static org.huzhu.domain.model.claim.ClaimStatus.APPROVED;
import static org.huzhu.domain.model.claim.ClaimStatus.DECLINED;
import static org.huzhu.domain.model.claim.ClaimStatus.PAID;
import static org.huzhu.domain.model.claim.ClaimStatus.PAYMENT_FAILED;
import static org.huzhu.domain.model.claim.ClaimStatus.REJECTED;
import static org.huzhu.domain.model.claim.ClaimStatus.SETTLED;
import static org.huzhu.domain.model.claim.ClaimStatus.SUBMITTED;
import static org.huzhu.domain.model.claim.ClaimStatus.VALIDATED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.huzhu.domain.model.audit.AuditEntry;
import org.huzhu.domain.model.shared.Violation;
import org.junit.jupiter.api.Test;

class ClaimTimelineTest {

    private static final Instant SUBMITTED_AT = Instant.parse("2026-06-01T02:00:00Z");
    private static final LocalDate DUE = LocalDate.of(2026, 6, 2);
    private static final Violation V03 = new Violation("V03", "incidentDate", "出险日期不在保障期内", "not covered");
    private static final Violation V07 = new Violation("V07", "invoices[0].total", "发票金额不一致", "amounts differ");

    private final List<AuditEntry> history = new ArrayList<>();

    @Test
    void aRejectedVersionSaysItsRulesInWordsAndTheCorrectedOneGoesOnToPayment() {
        step(0, "SUBMIT", null, SUBMITTED, null);
        step(0, "VALIDATE", SUBMITTED, REJECTED, "V03,V07");
        step(60, "CORRECT", REJECTED, SUBMITTED, null);
        step(60, "VALIDATE", SUBMITTED, VALIDATED, null);
        step(120, "APPROVE", VALIDATED, APPROVED, "资料齐全");
        step(180, "SETTLE", APPROVED, SETTLED, "结算应付 480.00 元");
        step(240, "PAYMENT_RETURN", SETTLED, PAID, "银行回盘：支付成功");

        ClaimTimeline timeline = ClaimTimeline.of(facts(PAID, List.of(List.of(V03, V07), List.of()), Optional.of("480.00")));

        assertEquals(List.of(SUBMITTED, REJECTED, SUBMITTED, VALIDATED, APPROVED, SETTLED, PAID), statuses(timeline));
        assertEquals(List.of("V03 出险日期不在保障期内", "V07 发票金额不一致"), timeline.steps().get(1).details());
        assertEquals(List.of(), timeline.steps().get(3).details());
        assertEquals(List.of(), timeline.steps().get(4).details(), "the reviewer's note on an approval is not the member's");
        assertEquals(List.of("应付互助金 480.00 元"), timeline.steps().get(5).details());
        assertEquals(SUBMITTED_AT.plusSeconds(240), timeline.steps().get(6).at());
        assertEquals(Optional.empty(), timeline.next(), "nothing left to wait for once paid");
    }

    @Test
    void anOpenClaimPromisesItsDueDate() {
        submittedAndValidated();
        step(5, "ATTACH", null, null, "ID_COPY abc");

        ClaimTimeline timeline = ClaimTimeline.of(facts(VALIDATED, List.of(List.of()), Optional.empty()));

        assertEquals(List.of(SUBMITTED, VALIDATED), statuses(timeline), "an attached document is no step");
        assertEquals(Optional.of("等待审核，承诺于 2026-06-02 前办结。"), timeline.next());
    }

    @Test
    void aDeclineGivesTheReviewersReason() {
        submittedAndValidated();
        step(90, "DECLINE", VALIDATED, DECLINED, "发票已在其他渠道报销");

        ClaimTimeline timeline = ClaimTimeline.of(facts(DECLINED, List.of(List.of()), Optional.empty()));

        assertEquals(List.of("发票已在其他渠道报销"), timeline.steps().get(2).details());
        assertEquals(Optional.empty(), timeline.next());
    }

    @Test
    void aFailedPaymentSaysWhyAndWhatToDoAndARequeueSaysItWillBePaidAgain() {
        submittedAndValidated();
        step(1, "APPROVE", VALIDATED, APPROVED, null);
        step(2, "SETTLE", APPROVED, SETTLED, null);
        step(3, "PAYMENT_RETURN", SETTLED, PAYMENT_FAILED, "银行回盘：支付失败，户名与账号不符");

        ClaimTimeline failed = ClaimTimeline.of(facts(PAYMENT_FAILED, List.of(List.of()), Optional.of("280.00")));
        assertEquals(List.of("银行回盘：支付失败，户名与账号不符", ClaimTimeline.AFTER_FAILED_PAYMENT),
                failed.steps().getLast().details());
        assertEquals(Optional.of(ClaimTimeline.AFTER_FAILED_PAYMENT), failed.next());

        step(4, "REQUEUE", PAYMENT_FAILED, SETTLED, "收款卡已更正");
        ClaimTimeline requeued = ClaimTimeline.of(facts(SETTLED, List.of(List.of()), Optional.of("280.00")));
        assertEquals(List.of(ClaimTimeline.REQUEUED), requeued.steps().getLast().details());
        assertEquals(List.of("应付互助金 280.00 元"), requeued.steps().get(3).details());
    }

    @Test
    void aTrailWithoutItsSubmissionStillStartsWithTheDayTheClaimWasSubmitted() {
        step(30, "SETTLE", APPROVED, SETTLED, null);

        ClaimTimeline timeline = ClaimTimeline.of(facts(SETTLED, List.of(), Optional.of("100.00")));

        assertEquals(List.of(SUBMITTED, SETTLED), statuses(timeline));
        assertEquals(SUBMITTED_AT, timeline.steps().getFirst().at());
        assertTrue(timeline.next().orElseThrow().contains("银行"), timeline.next()::toString);
    }

    /** Intake's two entries for a claim that met every rule. */
    private void submittedAndValidated() {
        step(0, "SUBMIT", null, SUBMITTED, null);
        step(0, "VALIDATE", SUBMITTED, VALIDATED, null);
    }

    private void step(long secondsAfterSubmission, String action, ClaimStatus from, ClaimStatus to, String reason) {
        history.add(new AuditEntry(SUBMITTED_AT.plusSeconds(secondsAfterSubmission), "someone", Claim.AUDIT_ENTITY,
                "HZ2026000001", action, from, to, reason));
    }

    private ClaimTimeline.Facts facts(ClaimStatus status, List<List<Violation>> violations, Optional<String> payable) {
        return new ClaimTimeline.Facts(status, SUBMITTED_AT, DUE, history, violations, payable);
    }

    private static List<ClaimStatus> statuses(ClaimTimeline timeline) {
        return timeline.steps().stream().map(ClaimTimeline.Step::status).toList();
    }
}

package org.huzhu.domain.model.claim;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.huzhu.domain.model.audit.AuditEntry;
import org.huzhu.domain.model.shared.Violation;

/**
 * A claim's progress as its member reads it (SPEC.md §4, §12): each status the claim reached, when, and why where
 * the member needs a why (the failed rules of a rejected version, the reviewer's reason for a decline, the bank's
 * reason and what to do for a failed payment), then what comes next. Built from the claim's audit trail, which holds
 * every transition; the trail is the record, so a step is never invented from the claim's current status alone,
 * except the submission of a claim whose trail predates the SUBMIT entry.
 *
 * @param steps the statuses reached, oldest first
 * @param next  what the member waits for, or what they should do; empty once the claim is done with
 */
public record ClaimTimeline(List<Step> steps, Optional<String> next) {

    /** What a member is told to do when the bank could not pay: the card is corrected at the union, then paid again. */
    public static final String AFTER_FAILED_PAYMENT = "请携带本人有效银行卡到所在单位工会更正收款信息，更正后将重新支付。";

    static final String AFTER_REJECTION = "请联系所在单位工会补齐或更正材料后重新提交。";
    static final String PAID = "互助金已汇入您的收款银行卡，请查收。";
    static final String REQUEUED = "收款信息已更正，将随下一批代发重新支付。";

    /**
     * One status the claim reached.
     *
     * @param details the reasons in words, in the order they apply; empty when the step needs none
     */
    public record Step(ClaimStatus status, Instant at, List<String> details) {

        public Step {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(at, "at");
            details = List.copyOf(details);
        }
    }

    public ClaimTimeline {
        steps = List.copyOf(steps);
        Objects.requireNonNull(next, "next");
    }

    /** What the timeline is made of: the claim as it stands and its recorded history. */
    public record Facts(ClaimStatus status, Instant submittedAt, LocalDate dueDate, List<AuditEntry> history,
                        List<List<Violation>> violationsByVersion, Optional<String> payable) {

        public Facts {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(submittedAt, "submittedAt");
            Objects.requireNonNull(dueDate, "dueDate");
            history = List.copyOf(history);
            violationsByVersion = List.copyOf(violationsByVersion);
            Objects.requireNonNull(payable, "payable");
        }
    }

    public static ClaimTimeline of(Facts facts) {
        List<Step> steps = new ArrayList<>();
        int validations = 0;
        for (AuditEntry entry : facts.history()) {
            if (entry.toStatus() == null) {
                continue;  // a document attached, a settlement refused: no step of the claim's own
            }
            ClaimStatus reached = ClaimStatus.valueOf(entry.toStatus());
            if (steps.isEmpty() && reached != ClaimStatus.SUBMITTED) {
                steps.add(new Step(ClaimStatus.SUBMITTED, facts.submittedAt(), List.of()));
            }
            List<String> details = switch (reached) {
                // Each validation checks the version submitted just before it, so the n-th one failed that version's rules.
                case REJECTED -> rulesInWords(facts.violationsByVersion(), validations, entry.reason());
                case DECLINED -> entry.reason() == null ? List.of() : List.of(entry.reason());
                case SETTLED -> entry.fromStatus() != null && ClaimStatus.valueOf(entry.fromStatus()) == ClaimStatus.PAYMENT_FAILED
                        ? List.of(REQUEUED) : facts.payable().map(amount -> List.of("应付互助金 " + amount + " 元")).orElse(List.of());
                case PAID -> List.of(PAID);
                case PAYMENT_FAILED -> entry.reason() == null ? List.of(AFTER_FAILED_PAYMENT)
                        : List.of(entry.reason(), AFTER_FAILED_PAYMENT);
                case SUBMITTED, VALIDATED, APPROVED -> List.of();
            };
            if (reached == ClaimStatus.VALIDATED || reached == ClaimStatus.REJECTED) {
                validations++;
            }
            steps.add(new Step(reached, entry.at(), details));
        }
        if (steps.isEmpty()) {
            steps.add(new Step(ClaimStatus.SUBMITTED, facts.submittedAt(), List.of()));
        }
        return new ClaimTimeline(steps, next(facts.status(), facts.dueDate()));
    }

    private static List<String> rulesInWords(List<List<Violation>> violationsByVersion, int version, String codes) {
        if (version < violationsByVersion.size() && !violationsByVersion.get(version).isEmpty()) {
            return violationsByVersion.get(version).stream().map(v -> v.code() + " " + v.messageZh()).distinct().toList();
        }
        return codes == null ? List.of() : List.of("未通过的校验规则：" + codes);
    }

    /** The promise of the 1-3-10 rule holds while the union has yet to decide; after that, what the member waits for. */
    private static Optional<String> next(ClaimStatus status, LocalDate dueDate) {
        return Optional.ofNullable(switch (status) {
            case SUBMITTED, VALIDATED -> "等待审核，承诺于 " + dueDate + " 前办结。";
            case REJECTED -> AFTER_REJECTION;
            case APPROVED -> "等待结算，结算后将出具理赔结算通知书。";
            case SETTLED -> "等待银行代发到账。";
            case PAYMENT_FAILED -> AFTER_FAILED_PAYMENT;
            case DECLINED, PAID -> null;
        });
    }
}

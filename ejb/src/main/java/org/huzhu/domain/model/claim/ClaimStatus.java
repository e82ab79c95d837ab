package org.huzhu.domain.model.claim;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Where a claim stands (SPEC.md §4). A corrected REJECTED claim is submitted again; a
 * PAYMENT_FAILED claim goes back to SETTLED for the next payment file once the card is
 * corrected, keeping the payout it already has.
 */
public enum ClaimStatus {
    SUBMITTED("已提交"),
    VALIDATED("已受理"),
    REJECTED("校验未通过"),
    APPROVED("审核通过"),
    DECLINED("不予赔付"),
    SETTLED("已结算"),
    PAID("已支付"),
    PAYMENT_FAILED("支付失败");

    private final String label;

    ClaimStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The statuses this one may move to. */
    public Set<ClaimStatus> successors() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(VALIDATED, REJECTED);
            case REJECTED -> EnumSet.of(SUBMITTED);
            case VALIDATED -> EnumSet.of(APPROVED, DECLINED);
            case APPROVED -> EnumSet.of(SETTLED);
            case SETTLED -> EnumSet.of(PAID, PAYMENT_FAILED);
            case PAYMENT_FAILED -> EnumSet.of(SETTLED);
            case DECLINED, PAID -> EnumSet.noneOf(ClaimStatus.class);
        };
    }

    public boolean canMoveTo(ClaimStatus next) {
        return successors().contains(next);
    }

    /** Whether the claim still waits for the union's decision, so that it is overdue once past its due date. */
    public boolean isOpen() {
        return this == SUBMITTED || this == VALIDATED;
    }

    /** Whether the claim was granted its benefit (approved, and whatever came after), which a once-only plan pays once. */
    public boolean tookBenefit() {
        return this == APPROVED || this == SETTLED || this == PAID || this == PAYMENT_FAILED;
    }

    /** Whether the claim still holds its invoice numbers and hospital stay against other claims (V08, V12). */
    public boolean holdsInvoicesAndStay() {
        return this != REJECTED && this != DECLINED;
    }

    /** The statuses of which a rule holds, in declaration order: what a query takes as its parameter. */
    public static List<ClaimStatus> where(Predicate<ClaimStatus> rule) {
        return Arrays.stream(values()).filter(rule).toList();
    }
}

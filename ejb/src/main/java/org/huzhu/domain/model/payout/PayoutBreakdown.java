package org.huzhu.domain.model.payout;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.huzhu.domain.model.plan.PlanCode;
import org.huzhu.domain.model.shared.Money;

/**
 * How a payable came about, every amount exact, for the settlement letter and {@code GET /claims/{claimNo}}.
 *
 * @param base                  INPATIENT: policy self-paid; ACCIDENT medical: policy self-paid + out-of-policy;
 *                              zero for benefits that do not depend on costs
 * @param deductibleUsed        INPATIENT: of the period deductible; ACCIDENT medical: the excess per claim
 * @param bands                 each band the after-deductible amount reached, per share
 * @param amountPerShare        what one share calculates to
 * @param amountForShares       times shares; ACCIDENT medical: shares raise the cap, not the rate, so the same
 * @param limits                every limit applied, in the order applied
 * @param payableBeforeRounding the smallest of {@code amountForShares} and the limits, before rounding to the fen
 * @param explanation           the calculation in Chinese, one step a line
 */
public record PayoutBreakdown(PlanCode plan, int shares, Money base, Money deductibleUsed, List<BandResult> bands,
        Money amountPerShare, Money amountForShares, List<AppliedLimit> limits, LimitReason limitedBy,
        Money payableBeforeRounding, List<String> explanation) implements Serializable {

    public PayoutBreakdown {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(deductibleUsed, "deductibleUsed");
        bands = List.copyOf(bands);
        Objects.requireNonNull(amountPerShare, "amountPerShare");
        Objects.requireNonNull(amountForShares, "amountForShares");
        limits = List.copyOf(limits);
        Objects.requireNonNull(limitedBy, "limitedBy");
        Objects.requireNonNull(payableBeforeRounding, "payableBeforeRounding");
        explanation = List.copyOf(explanation);
    }

    /** What was left of the period cap before this claim, for the plans that have one. */
    public Optional<Money> capLeftBefore() {
        return limits.stream()
                .filter(limit -> limit.reason() == LimitReason.PERIOD_CAP)
                .map(AppliedLimit::amountLeft)
                .findFirst();
    }
}

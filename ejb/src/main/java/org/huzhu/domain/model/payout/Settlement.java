package org.huzhu.domain.model.payout;

import java.io.Serializable;
import java.util.Objects;

import org.huzhu.domain.model.shared.Money;

/**
 * A settled claim: final once stored. A payable of zero is a valid settlement; the breakdown says why.
 *
 * @param payable       rounded half-up to the fen, never negative
 * @param endsEnrolment FEMALE: the benefit was paid and the enrolment ends with it
 * @param usage         what to store with the payout so that later settlements start from it
 */
public record Settlement(String claimNumber, long enrolmentId, SettlementKey key, Money payable,
        boolean endsEnrolment, PayoutBreakdown breakdown, ClaimUsage usage) implements Serializable {

    public Settlement {
        Objects.requireNonNull(claimNumber, "claimNumber");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(payable, "payable");
        Objects.requireNonNull(breakdown, "breakdown");
        Objects.requireNonNull(usage, "usage");
        if (payable.isNegative() || !payable.hasAtMostTwoDecimals()) {
            throw new IllegalArgumentException("payable is not an amount of fen ≥ 0: " + payable);
        }
    }
}

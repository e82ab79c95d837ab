package org.huzhu.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A settled claim's payout, as {@code GET /claims/{claimNo}} and the letters show it. */
public interface PayoutQuery {

    /**
     * @param payable     the settled amount as a money string, {@code "7500.00"}
     * @param breakdown   the calculation in Chinese, one step a line
     * @param paymentFile the payment file it was sent in, if any: a payout of 0 is never sent
     */
    record PayoutView(String claimNo, String payable, List<String> breakdown, Instant settledAt,
            Optional<Long> paymentFile) {
    }

    Optional<PayoutView> findByClaimNo(String claimNo);
}

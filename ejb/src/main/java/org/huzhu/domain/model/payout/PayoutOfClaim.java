package org.huzhu.domain.model.payout;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.huzhu.domain.model.shared.Money;

/**
 * A claim's stored payout as finance reads it.
 *
 * @param explanation   the breakdown's lines, how the payable came about
 * @param paymentFileId the payment file that pays it, empty before one does
 */
public record PayoutOfClaim(Money payable, List<String> explanation, Instant settledAt,
                            Optional<Long> paymentFileId) {
}

package org.huzhu.domain.model.payout;

import java.time.Instant;
import org.huzhu.domain.model.shared.Money;

/**
 * A payment file as stored, without its rows.
 *
 * @param sha256 of the file's bytes, null until it has been rendered
 */
public record PaymentFile(long id, long run, PayoutKind kind, String fileName, int rowCount, Money total,
                          String sha256, Instant createdAt) {
}

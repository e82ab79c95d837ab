package org.huzhu.domain.model.payout;

import java.util.Map;
import org.huzhu.domain.model.payout.PaymentReconciliation.SentFile;
import org.huzhu.domain.model.payout.PaymentReconciliation.SentPayment;

/**
 * Payment rows awaiting the bank, what {@link PaymentReconciliation} matches a return file with.
 *
 * @param byReference the rows by their reference
 * @param claimOfRow  the claim each row of a claim payout pays, by row id (grant rows have none)
 * @param files       the rows' payment files by id
 */
public record AwaitingPayments(Map<String, SentPayment> byReference, Map<Long, Long> claimOfRow,
                               Map<Long, SentFile> files) {
}

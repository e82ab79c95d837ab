package org.huzhu.domain.model.payout;

import org.huzhu.domain.model.shared.Money;

/** One line of a payment file: who is paid, to which card, how much, what for and under which reference. */
public record PaymentRow(int sequence, String payeeName, String bankCard, String bankName, Money amount,
                         String purpose, String reference) {
}

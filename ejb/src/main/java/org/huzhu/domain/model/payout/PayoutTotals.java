package org.huzhu.domain.model.payout;

import org.huzhu.domain.model.shared.Money;

/** The payouts of one kind that one run stored: how many, their total, and how many go into the payment file. */
public record PayoutTotals(long payouts, Money payable, long aboveZero) {
}

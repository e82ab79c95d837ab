package org.huzhu.domain.model.payout;

/** Where a payment row stands with the bank (payment_row.status). */
public enum PaymentRowStatus {
    /** In a payment file, awaiting the bank's return file. */
    SENT,
    PAID,
    FAILED;

    public static PaymentRowStatus answered(boolean paid) {
        return paid ? PAID : FAILED;
    }
}

package org.huzhu.domain.model.payout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.huzhu.domain.model.claim.ClaimStatus;
import org.junit.jupiter.api.Test;

class PaymentRetryTest {

    private static final String OLD = "6222000000000000";
    private static final String NEW = "6217000000000000";

    private static String refusal(ClaimStatus status, String lastRow, String currentCard, String currentBank) {
        return PaymentRetry.refusal(status, lastRow, OLD, "工商银行", currentCard, currentBank)
                .map(PaymentRetry.Refusal::type).orElse("allowed");
    }

    @Test
    void aFailedPaymentIsRetriedOnceTheCardOrBankIsCorrected() {
        assertEquals("allowed", refusal(ClaimStatus.PAYMENT_FAILED, "FAILED", NEW, "工商银行"));
        assertEquals("allowed", refusal(ClaimStatus.PAYMENT_FAILED, "FAILED", OLD, "建设银行"));
    }

    @Test
    void notWithTheCardTheBankRefused() {
        assertEquals("bank-card-unchanged", refusal(ClaimStatus.PAYMENT_FAILED, "FAILED", OLD, "工商银行"));
        assertEquals("bank-card-unchanged", refusal(ClaimStatus.PAYMENT_FAILED, "FAILED", null, null));
    }

    @Test
    void onlyAFailedPaymentIsRetried() {
        for (ClaimStatus status : ClaimStatus.values()) {
            if (status != ClaimStatus.PAYMENT_FAILED) {
                assertEquals("payout-not-failed", refusal(status, "FAILED", NEW, "工商银行"), status::name);
            }
        }
        assertEquals("payout-not-failed", refusal(ClaimStatus.PAYMENT_FAILED, "SENT", NEW, "工商银行"));
        assertTrue(PaymentRetry.refusal(ClaimStatus.PAYMENT_FAILED, null, null, null, NEW, "x").isPresent());
    }
}

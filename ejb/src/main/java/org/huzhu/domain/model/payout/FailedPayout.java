package org.huzhu.domain.model.payout;

import java.util.Optional;
import org.huzhu.domain.model.claim.ClaimStatus;
import org.huzhu.domain.model.claim.ClaimTransition;

/**
 * A claim payout that finance wants to send again, with what {@link PaymentRetry} decides by: its claim's status,
 * its latest payment row and the member's card now.
 *
 * @param lastRowStatus the latest payment row's status, null if it has none
 */
public record FailedPayout(long claimId, String claimNo, ClaimStatus claimStatus, String currentCard,
                           String currentBank, String lastRowStatus, String sentCard, String sentBank) {

    /** The audit trail's name of the step that sends a failed payment again. */
    public static final String REQUEUE = "REQUEUE";

    public Optional<PaymentRetry.Refusal> retryRefusal() {
        return PaymentRetry.refusal(claimStatus, lastRowStatus, sentCard, sentBank, currentCard, currentBank);
    }

    /** Its claim back to SETTLED, so that the next payment file pays it to the corrected card. */
    public ClaimTransition requeue(String actor, String maskedCard) {
        return new ClaimTransition(claimId, claimNo, claimStatus, ClaimStatus.SETTLED, REQUEUE, actor,
                "银行卡已更正为 " + maskedCard + "，进入下一次付款文件");
    }
}

package org.huzhu.interfaces.finance.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.huzhu.application.PaymentReturns.Requeued;
import org.huzhu.domain.model.claim.ClaimStatus;

/** {@code POST /payouts/{id}/requeue}: the payout sent again, and the status its claim is back in. */
@JsonbPropertyOrder({"payoutId", "claimNo", "maskedCard", "status"})
public record RequeueAnswer(long payoutId, String claimNo, String maskedCard, String status) {

    static RequeueAnswer of(Requeued requeued) {
        return new RequeueAnswer(requeued.payoutId(), requeued.claimNo(), requeued.maskedCard(),
                ClaimStatus.SETTLED.name());
    }
}

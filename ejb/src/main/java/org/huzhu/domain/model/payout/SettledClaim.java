package org.huzhu.domain.model.payout;

import java.io.Serializable;
import org.huzhu.domain.model.claim.ClaimStatus;
import org.huzhu.domain.model.claim.ClaimTransition;

/** An approved claim and its settlement, on their way to storage. */
public record SettledClaim(ApprovedClaim claim, Settlement settlement) implements Serializable {

    /** The audit trail's name of the step that settles a claim. */
    public static final String SETTLE = "SETTLE";

    /** The claim's move from APPROVED to SETTLED that storing its payout makes, with the payable as the reason. */
    public ClaimTransition settling(String actor) {
        return new ClaimTransition(claim.claimId(), claim.claimNo(), ClaimStatus.APPROVED, ClaimStatus.SETTLED, SETTLE,
                actor, "结算应付 " + settlement.payable().toPlainString() + " 元");
    }
}

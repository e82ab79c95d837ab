package org.huzhu.domain.model.payout;

import java.util.Optional;
import org.huzhu.domain.model.claim.ClaimStatus;

/**
 * When a failed payment may be sent again (SPEC.md §4): its claim is PAYMENT_FAILED, its last payment row FAILED, and
 * the member's bank card has been corrected since, so the new row does not go to the account the bank just refused.
 * The member's card is the confirmed one: a correction that awaits a second person ({@code PayeeChange}) does not count.
 * The payout stays the same: a retry is a new payment row, never a second payout.
 */
public final class PaymentRetry {

    /** Why a retry is refused; {@code type} is the API's problem type. */
    public record Refusal(String type, String messageZh, String messageEn) {
    }

    private PaymentRetry() {
    }

    /**
     * @param lastRowStatus    status of the payout's latest payment row, null if it has none
     * @param sentCard         the card that row was sent to
     * @param currentCard      the member's card now, null if none is recorded
     */
    public static Optional<Refusal> refusal(ClaimStatus claimStatus, String lastRowStatus, String sentCard,
            String sentBank, String currentCard, String currentBank) {
        if (claimStatus != ClaimStatus.PAYMENT_FAILED || !"FAILED".equals(lastRowStatus)) {
            return Optional.of(new Refusal("payout-not-failed", "只有支付失败的付款才能重新付款（当前状态："
                    + claimStatus.label() + "）", "only a failed payment can be re-queued (claim is " + claimStatus + ")"));
        }
        if (currentCard == null || currentCard.equals(sentCard) && String.valueOf(currentBank).equals(sentBank)) {
            return Optional.of(new Refusal("bank-card-unchanged",
                    "会员银行卡尚未更正，或更正尚待审核人或财务确认：请先由经办人员更正、再由另一人确认",
                    "the member's bank card has not been corrected since the payment failed, or the correction awaits "
                            + "a second person's confirmation"));
        }
        return Optional.empty();
    }
}

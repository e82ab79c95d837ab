package org.huzhu.domain.model.letter;

import org.huzhu.domain.model.shared.BankCard;
import org.huzhu.domain.model.shared.ResidentId;

/**
 * The member a payout goes to, as the register holds them: ID and card as stored, masked for the letter and never
 * printed whole. Stored values are not validated again, so imported records print too.
 */
public record PayeeOnRecord(String memberName, String residentId, String bankCard) {

    /**
     * @param subjectNo the claim or grant number the letter is about, to name it when the member has no card
     */
    public Payee masked(String subjectNo) {
        if (bankCard == null) {
            // Payee needs a card; the register requires one for members who are paid, so this is bad data, not a case.
            throw new IllegalStateException(subjectNo + ": the member has no bank card on record");
        }
        return new Payee(memberName, ResidentId.mask(residentId), BankCard.mask(bankCard));
    }

    /** Masked, as everything that may reach a log. */
    @Override
    public String toString() {
        String id = residentId == null || residentId.length() != 18 ? "(no 18-character ID)" : ResidentId.mask(residentId);
        return "PayeeOnRecord[" + memberName + ", " + id + ", " + (bankCard == null ? "no card" : BankCard.mask(bankCard))
                + "]";
    }
}

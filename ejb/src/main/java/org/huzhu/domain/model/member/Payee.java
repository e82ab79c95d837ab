package org.huzhu.domain.model.member;

import java.util.Objects;
import org.huzhu.domain.model.shared.BankCard;

/**
 * Whom the bank pays a member's money to: the account holder's name, the card and the bank, as the member record holds
 * them (card and bank may be missing). Only ever shown or logged masked.
 *
 * @param bankCard the card's digits as stored, or null
 */
public record Payee(String name, String bankCard, String bankName) {

    public Payee {
        Objects.requireNonNull(name, "name");
    }

    /** This payee with a new name, card and bank; a null one keeps what is on record (a roster cell left blank). */
    public Payee updatedBy(String newName, String newCard, String newBankName) {
        return new Payee(newName == null ? name : newName, newCard == null ? bankCard : newCard,
                newBankName == null ? bankName : newBankName);
    }

    /** {@code 张三 **** 1234 中国工商银行}: what the audit trail and the reviewer's list show. */
    public String masked() {
        return name + " " + (bankCard == null ? "（无银行卡）" : BankCard.mask(bankCard))
                + (bankName == null ? "" : " " + bankName);
    }

    /** The audit trail's before → after, masked. */
    public static String change(Payee before, Payee after) {
        return before.masked() + " → " + after.masked();
    }

    @Override
    public String toString() {
        return "Payee[" + masked() + "]";
    }
}

package org.huzhu.domain.model.letter;

import java.util.regex.Pattern;

/**
 * The member a letter is addressed to, as the letter shows them.
 *
 * @param maskedResidentId first 6 and last 4 characters, {@code 360502********1234}
 * @param maskedBankCard   last 4 digits, {@code **** 1234}
 */
public record Payee(String memberName, String maskedResidentId, String maskedBankCard) {

    private static final Pattern MASKED_RESIDENT_ID = Pattern.compile("\\d{6}\\*{8}\\d{3}[\\dX]");
    private static final Pattern MASKED_BANK_CARD = Pattern.compile("\\*{4} \\d{4}");

    public Payee {
        LetterText.requireText(memberName, "memberName");
        LetterText.requireMatch(MASKED_RESIDENT_ID, maskedResidentId, "masked resident ID");
        LetterText.requireMatch(MASKED_BANK_CARD, maskedBankCard, "masked bank card");
    }
}

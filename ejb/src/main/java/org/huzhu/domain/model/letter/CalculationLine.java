package org.huzhu.domain.model.letter;

import java.util.Objects;

/**
 * One step of a calculation as the letter prints it, e.g. {@code 起付线} / {@code 500.00}, or
 * {@code 第一段 7,500.00 × 50%} / {@code 3,750.00}. The amount is empty for a line that only explains
 * (such as why a cap leaves nothing to pay).
 */
public record CalculationLine(String label, String amount) {

    public CalculationLine {
        LetterText.requireText(label, "label");
        Objects.requireNonNull(amount, "amount");
    }

    public static CalculationLine explanation(String text) {
        return new CalculationLine(text, "");
    }
}

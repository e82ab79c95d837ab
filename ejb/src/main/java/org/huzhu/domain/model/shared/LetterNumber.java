package org.huzhu.domain.model.shared;

import java.io.Serializable;

/** A letter number, {@code L} + year + 7 digits: {@code L20260000123}. Never reused. */
public record LetterNumber(int year, int sequence) implements Serializable {

    public static final String RULE_CODE = "LETTER_NUMBER";

    private static final YearSequenceFormat FORMAT =
            new YearSequenceFormat("L", 7, RULE_CODE, "通知书编号", "letter number");

    /** @throws InvalidValueException with code {@value #RULE_CODE} for a year outside 1000–9999 or sequence 0 */
    public LetterNumber {
        FORMAT.requireValid(year, sequence);
    }

    /** @throws InvalidValueException with code {@value #RULE_CODE} */
    public static LetterNumber parse(String text) {
        return FORMAT.parse(text, LetterNumber::new);
    }

    public String value() {
        return FORMAT.format(year, sequence);
    }

    @Override
    public String toString() {
        return value();
    }
}

package org.huzhu.domain.model.shared;

import java.io.Serializable;

/** A claim number, {@code HZ} + year + 6 digits: {@code HZ2026000123}. Never reused. */
public record ClaimNumber(int year, int sequence) implements Serializable {

    public static final String RULE_CODE = "CLAIM_NUMBER";

    private static final YearSequenceFormat FORMAT =
            new YearSequenceFormat("HZ", 6, RULE_CODE, "理赔编号", "claim number");

    /** @throws InvalidValueException with code {@value #RULE_CODE} for a year outside 1000–9999 or sequence 0 */
    public ClaimNumber {
        FORMAT.requireValid(year, sequence);
    }

    /** @throws InvalidValueException with code {@value #RULE_CODE} */
    public static ClaimNumber parse(String text) {
        return FORMAT.parse(text, ClaimNumber::new);
    }

    public String value() {
        return FORMAT.format(year, sequence);
    }

    @Override
    public String toString() {
        return value();
    }
}

package org.huzhu.domain.model.shared;

import java.io.Serializable;

/** A hardship grant number, {@code G} + year + 6 digits: {@code G2026000123}. Never reused. */
public record GrantNumber(int year, int sequence) implements Serializable {

    public static final String RULE_CODE = "GRANT_NUMBER";

    private static final YearSequenceFormat FORMAT =
            new YearSequenceFormat("G", 6, RULE_CODE, "帮扶编号", "grant number");

    /** @throws InvalidValueException with code {@value #RULE_CODE} for a year outside 1000–9999 or sequence 0 */
    public GrantNumber {
        FORMAT.requireValid(year, sequence);
    }

    /** @throws InvalidValueException with code {@value #RULE_CODE} */
    public static GrantNumber parse(String text) {
        return FORMAT.parse(text, GrantNumber::new);
    }

    public String value() {
        return FORMAT.format(year, sequence);
    }

    @Override
    public String toString() {
        return value();
    }
}

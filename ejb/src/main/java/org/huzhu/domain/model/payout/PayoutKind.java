package org.huzhu.domain.model.payout;

/** Whose payouts a payment file pays (payout.kind), and what the bank is told they are for (SPEC.md §6). */
public enum PayoutKind {

    CLAIM("互助金", "payouts", "claims"),
    GRANT("帮扶金", "grants", "grants");

    private final String purpose;
    private final String filePrefix;
    private final String counted;

    PayoutKind(String purpose, String filePrefix, String counted) {
        this.purpose = purpose;
        this.filePrefix = filePrefix;
        this.counted = counted;
    }

    /** The job XML's property; payout-settlement leaves it out. */
    public static PayoutKind of(String property) {
        return property == null || property.isBlank() ? CLAIM : valueOf(property.strip());
    }

    public String purpose() {
        return purpose;
    }

    public String filePrefix() {
        return filePrefix;
    }

    public String counted() {
        return counted;
    }
}

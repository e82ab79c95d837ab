package org.huzhu.domain.model.shared;

/** A member's gender, always derived from the resident ID, never typed. */
public enum Gender {
    MALE("男"),
    FEMALE("女");

    private final String label;

    Gender(String label) {
        this.label = label;
    }

    /** The Chinese label shown on pages and letters. */
    public String label() {
        return label;
    }
}

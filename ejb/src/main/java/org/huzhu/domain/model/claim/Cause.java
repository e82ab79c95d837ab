package org.huzhu.domain.model.claim;

/** What led to a claim; accidents have no waiting period. */
public enum Cause {
    ILLNESS("疾病"),
    ACCIDENT("意外");

    private final String label;

    Cause(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

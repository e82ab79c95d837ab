package org.huzhu.domain.model.claim;

/** How much work a claim is, and so how many working days the union gives itself for it (the 1-3-10 rule). */
public enum Complexity {
    SIMPLE(1),
    COMPLEX(3),
    ESCALATED(10);

    private final int workingDays;

    Complexity(int workingDays) {
        this.workingDays = workingDays;
    }

    public int workingDays() {
        return workingDays;
    }
}

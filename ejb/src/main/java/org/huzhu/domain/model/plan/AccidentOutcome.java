package org.huzhu.domain.model.plan;

/**
 * What an ACCIDENT claim is for. It lives with the plan, not the claim, because the plan's
 * required documents depend on it.
 */
public enum AccidentOutcome {
    DEATH("身故"),
    DISABILITY("伤残"),
    MEDICAL("医疗费用");

    private final String label;

    AccidentOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package org.huzhu.domain.model.plan;

/**
 * The five mutual-aid plans of the default catalogue (SPEC.md §3). What kind of benefit a plan
 * pays is fixed by its code; the amounts, periods and lists are parameters in {@link PlanTerms}.
 */
public enum PlanCode {
    INPATIENT("住院医疗互助保障"),
    ALLOWANCE("住院津贴互助保障"),
    CRITICAL("重大疾病互助保障"),
    FEMALE("女职工特殊疾病互助保障"),
    ACCIDENT("意外伤害互助保障");

    private final String chineseName;

    PlanCode(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    /** Hospital plans pay for a stay, so a claim needs its admission and discharge dates. */
    public boolean needsHospitalStay() {
        return this == INPATIENT || this == ALLOWANCE;
    }

    /** CRITICAL and FEMALE pay a lump sum once per enrolment. */
    public boolean paysOncePerEnrolment() {
        return this == CRITICAL || this == FEMALE;
    }

    /** ACCIDENT covers accidents only, and its claims say whether they are for a death, a disability or medical costs. */
    public boolean coversAccidentsOnly() {
        return this == ACCIDENT;
    }
}

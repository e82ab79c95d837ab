package org.huzhu.domain.model.plan;

/** The five mutual-aid plans of the default catalogue (SPEC.md §3). */
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
}

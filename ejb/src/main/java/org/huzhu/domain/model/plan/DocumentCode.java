package org.huzhu.domain.model.plan;

/** The documents a claim may need (SPEC.md §5), with the names union staff use for them. */
public enum DocumentCode {
    ID_COPY("身份证复印件"),
    INVOICE("医疗费用发票"),
    EXPENSE_LIST("费用明细清单"),
    DISCHARGE_SUMMARY("出院小结"),
    DIAGNOSIS_CERT("诊断证明书"),
    PATHOLOGY_REPORT("病理报告"),
    ACCIDENT_CERT("意外事故证明"),
    DEATH_CERT("死亡证明"),
    HOUSEHOLD_CANCELLATION("户籍注销证明"),
    DISABILITY_ASSESSMENT("伤残鉴定书");

    private final String label;

    DocumentCode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

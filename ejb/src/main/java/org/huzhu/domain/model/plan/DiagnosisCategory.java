package org.huzhu.domain.model.plan;

/** What kind of covered diagnosis a code is; FEMALE pays differently for a listed cancer and a carcinoma in situ. */
public enum DiagnosisCategory {
    CRITICAL_ILLNESS("重大疾病"),
    LISTED_CANCER("特定癌症"),
    CARCINOMA_IN_SITU("原位癌");

    private final String label;

    DiagnosisCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

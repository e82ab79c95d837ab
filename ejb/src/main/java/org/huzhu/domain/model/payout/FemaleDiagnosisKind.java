package org.huzhu.domain.model.payout;

/** The two kinds of covered FEMALE diagnoses (SPEC.md §5): in situ D05–D07.3, listed cancers C50–C58. */
public enum FemaleDiagnosisKind {
    CARCINOMA_IN_SITU("原位癌"),
    LISTED_CANCER("特定癌症");

    private final String chineseName;

    FemaleDiagnosisKind(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}

package org.huzhu.domain.model.payout;

import java.util.Locale;

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

    /**
     * The kind of a FEMALE diagnosis by its ICD-10 code: D05, D06 and D07.0–D07.3 are in situ, C50–C58 listed
     * cancers. Intake has checked the code is covered (rule V10), so anything else here is a data error.
     */
    public static FemaleDiagnosisKind ofDiagnosis(String icd10) {
        String code = icd10 == null ? "" : icd10.strip().toUpperCase(Locale.ROOT);
        if (code.matches("D0[56](\\..*)?|D07\\.[0-3].*")) {
            return CARCINOMA_IN_SITU;
        }
        if (code.matches("C5[0-8](\\..*)?")) {
            return LISTED_CANCER;
        }
        throw new IllegalArgumentException("not a covered FEMALE diagnosis: " + icd10);
    }
}

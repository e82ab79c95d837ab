package org.huzhu.domain.model.shared;

import java.io.Serializable;
import java.util.Locale;

/**
 * A unit's unified social credit code (统一社会信用代码, GB 32100-2015): 17 characters and a
 * check character, all from a 31-character set without I, O, S, V and Z. Lowercase input is
 * read as uppercase.
 */
public final class CreditCode implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String RULE_CODE = "CREDIT_CODE";

    private static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int LENGTH = 18;

    private final String value;

    private CreditCode(String value) {
        this.value = value;
    }

    /** @throws InvalidValueException with code {@value #RULE_CODE} */
    public static CreditCode parse(String text) {
        if (text == null || text.isBlank()) {
            throw invalid("统一社会信用代码不能为空", "the unified social credit code is missing");
        }
        String candidate = text.strip().toUpperCase(Locale.ROOT);
        if (candidate.length() != LENGTH || !candidate.chars().allMatch(c -> CHARACTERS.indexOf(c) >= 0)) {
            throw invalid("统一社会信用代码 " + candidate + " 应为18位数字或大写字母（不含I、O、S、V、Z）",
                    "unified social credit code " + candidate
                            + " must be 18 digits or capital letters other than I, O, S, V and Z");
        }
        if (candidate.charAt(LENGTH - 1) != checkCharacterOf(candidate)) {
            throw invalid("统一社会信用代码 " + candidate + " 校验码错误",
                    "unified social credit code " + candidate + " has a wrong check character");
        }
        return new CreditCode(candidate);
    }

    /** The check character that completes the first 17 characters: for making codes (demo data, tests). */
    public static char checkCharacterFor(String first17) {
        return checkCharacterOf(first17);
    }

    private static char checkCharacterOf(String code) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += CHARACTERS.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        return CHARACTERS.charAt((31 - sum % 31) % 31);
    }

    private static InvalidValueException invalid(String messageZh, String messageEn) {
        return new InvalidValueException(RULE_CODE, messageZh, messageEn);
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CreditCode other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}

package org.huzhu.domain.model.shared;

import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * A bank card number: 12 to 19 digits passing the Luhn check. Spaces typed between groups of
 * digits are dropped. {@link #toString()} is the masked form {@code **** 1234}.
 */
public final class BankCard implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The claim rule that a payout needs a valid card; member registration reports the same code. */
    public static final String RULE_CODE = "V13";

    private static final Pattern SHAPE = Pattern.compile("\\d{12,19}");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final String number;

    private BankCard(String number) {
        this.number = number;
    }

    /** @throws InvalidValueException with code {@value #RULE_CODE} */
    public static BankCard parse(String text) {
        if (text == null || text.isBlank()) {
            throw invalid("未登记银行卡号", "no bank card number is recorded");
        }
        String digits = WHITESPACE.matcher(text).replaceAll("");
        if (!SHAPE.matcher(digits).matches()) {
            throw invalid("银行卡号应为12至19位数字", "a bank card number is 12 to 19 digits");
        }
        if (!passesLuhn(digits)) {
            throw invalid("银行卡号 " + mask(digits) + " 未通过校验，请核对",
                    "bank card " + mask(digits) + " fails the Luhn check");
        }
        return new BankCard(digits);
    }

    /** The Luhn check digit that completes {@code digits}: for making card numbers (demo data, tests). */
    public static char checkDigitFor(String digits) {
        for (char candidate = '0'; candidate <= '9'; candidate++) {
            if (passesLuhn(digits + candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no Luhn digit completes " + digits);
    }

    private static boolean passesLuhn(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    /**
     * The masked form of a stored card number, without checking it again (see {@link ResidentId#mask}); a stored value
     * shorter than 4 characters, which is no card, is shown as it is after the stars.
     */
    public static String mask(String digits) {
        return "**** " + digits.substring(Math.max(0, digits.length() - 4));
    }

    private static InvalidValueException invalid(String messageZh, String messageEn) {
        return new InvalidValueException(RULE_CODE, messageZh, messageEn);
    }

    /** The full number; only for the payment file, never for logs or pages. */
    public String number() {
        return number;
    }

    public String masked() {
        return mask(number);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BankCard other && number.equals(other.number);
    }

    @Override
    public int hashCode() {
        return number.hashCode();
    }

    @Override
    public String toString() {
        return masked();
    }
}

package org.huzhu.domain.model.shared;

import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * A mainland mobile number: 11 digits, {@code 1}, then 3 to 9, then 9 more digits. {@link #toString()} is the masked
 * form, so that a number written to a log by accident is masked too.
 */
public final class MobilePhone implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String RULE_CODE = "MOBILE_PHONE";

    private static final Pattern SHAPE = Pattern.compile("1[3-9]\\d{9}");

    private final String number;

    private MobilePhone(String number) {
        this.number = number;
    }

    /** @throws InvalidValueException with code {@value #RULE_CODE}; the number itself is not echoed */
    public static MobilePhone parse(String text) {
        String candidate = text == null ? "" : text.strip();
        if (!SHAPE.matcher(candidate).matches()) {
            throw new InvalidValueException(RULE_CODE, "手机号码应为11位数字，以13至19开头",
                    "a mobile number is 11 digits starting with 13 to 19");
        }
        return new MobilePhone(candidate);
    }

    /** The full number; for storage and for the member's own record, never for logs. */
    public String number() {
        return number;
    }

    /** First 3 and last 4 digits, the middle 4 starred: {@code 138****1234}. */
    public String masked() {
        return number.substring(0, 3) + "****" + number.substring(7);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MobilePhone other && number.equals(other.number);
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

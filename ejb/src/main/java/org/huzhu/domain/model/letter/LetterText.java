package org.huzhu.domain.model.letter;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.huzhu.domain.model.shared.Money;

/** The checks every letter field shares, so that a malformed letter cannot be built. */
final class LetterText {

    private LetterText() {
    }

    static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is missing");
        }
    }

    /** The message never repeats the value: it may be an unmasked identifier passed by mistake. */
    static void requireMatch(Pattern pattern, String value, String name) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw new IllegalArgumentException("not a valid " + name);
        }
    }

    /** The checks on the amount both letters share: rounded to the fen, and a payment date exactly when something is paid. */
    static void requirePayable(Money payable, Optional<LocalDate> expectedPaymentDate) {
        Objects.requireNonNull(payable, "payable");
        Objects.requireNonNull(expectedPaymentDate, "expectedPaymentDate");
        if (payable.isNegative() || !payable.hasAtMostTwoDecimals()) {
            throw new IllegalArgumentException("payable must be rounded to the fen and not negative: " + payable);
        }
        if (payable.isPositive() != expectedPaymentDate.isPresent()) {
            throw new IllegalArgumentException("a payment date is given exactly when something is payable");
        }
    }
}

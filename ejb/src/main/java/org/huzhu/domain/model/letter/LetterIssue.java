package org.huzhu.domain.model.letter;

import java.net.URI;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who issued a letter, its number and date, and how to verify it.
 *
 * @param verifyPage the public verify page without a query, e.g. {@code https://huzhu.example.cn/verify}
 */
public record LetterIssue(String unionName, String letterNumber, LocalDate letterDate,
                          VerificationCode verificationCode, URI verifyPage) {

    private static final Pattern LETTER_NUMBER = Pattern.compile("L\\d{4}\\d{7}");

    public LetterIssue {
        LetterText.requireText(unionName, "unionName");
        LetterText.requireMatch(LETTER_NUMBER, letterNumber, "letter number");
        Objects.requireNonNull(letterDate, "letterDate");
        Objects.requireNonNull(verificationCode, "verificationCode");
        Objects.requireNonNull(verifyPage, "verifyPage");
        if (verifyPage.getRawQuery() != null || !verifyPage.isAbsolute()) {
            throw new IllegalArgumentException("verify page must be an absolute URL without a query: " + verifyPage);
        }
    }

    /** The link in the QR code: opening it fills in the letter number and code on the verify page. */
    public URI verificationLink() {
        return URI.create(verifyPage + "?letter=" + letterNumber + "&code=" + verificationCode.value());
    }
}

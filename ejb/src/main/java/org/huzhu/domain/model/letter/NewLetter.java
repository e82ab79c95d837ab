package org.huzhu.domain.model.letter;

import java.util.Objects;

import org.huzhu.domain.model.shared.LetterNumber;

/**
 * A signed letter about to enter the register of issued letters.
 *
 * @param sha256     of {@code pdf}, lower-case hex
 * @param codeDigest {@link VerificationCode#digestFor} of the code printed in the letter
 */
public record NewLetter(LetterNumber number, LetterKind kind, String subjectNumber, long payoutId, long memberId,
                        byte[] pdf, String sha256, byte[] codeDigest) {

    public NewLetter {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subjectNumber, "subjectNumber");
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(codeDigest, "codeDigest");
    }
}

package org.huzhu.domain.model.letter;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.huzhu.domain.model.shared.LetterNumber;

/**
 * A letter as the register keeps it: the signed PDF exactly as issued, never changed.
 *
 * @param memberNumber the member it is addressed to
 * @param supersededBy the letter that replaced it, if one did
 */
public record IssuedLetter(LetterNumber number, LetterKind kind, String subjectNumber, String memberNumber,
                           byte[] pdf, String sha256, byte[] codeDigest, Instant issuedAt,
                           Optional<LetterNumber> supersededBy) {

    public IssuedLetter {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(memberNumber, "memberNumber");
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(codeDigest, "codeDigest");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(supersededBy, "supersededBy");
    }

    public boolean isCurrent() {
        return supersededBy.isEmpty();
    }

    /** Whether someone typed the code printed in this letter. */
    public boolean hasCode(String typed) {
        return VerificationCode.isTypedFor(typed, number.value(), codeDigest);
    }
}

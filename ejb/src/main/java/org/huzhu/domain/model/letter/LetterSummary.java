package org.huzhu.domain.model.letter;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.huzhu.domain.model.shared.LetterNumber;

/**
 * A line in a member's list of letters: what it is about and when it was issued, without the PDF.
 *
 * @param supersededBy the letter that replaced it, if it was re-issued
 */
public record LetterSummary(LetterNumber number, LetterKind kind, String subjectNumber, Instant issuedAt,
                            Optional<LetterNumber> supersededBy) {

    public LetterSummary {
        Objects.requireNonNull(supersededBy, "supersededBy");
    }
}

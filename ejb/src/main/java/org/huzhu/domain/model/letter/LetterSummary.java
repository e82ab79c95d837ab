package org.huzhu.domain.model.letter;

import java.time.Instant;

import org.huzhu.domain.model.shared.LetterNumber;

/** A line in a member's list of letters: what it is about and when it was issued, without the PDF. */
public record LetterSummary(LetterNumber number, LetterKind kind, String subjectNumber, Instant issuedAt) {
}

package org.huzhu.domain.model.letter;

import java.util.Objects;
import java.util.Optional;
import org.huzhu.domain.model.shared.LetterNumber;

/**
 * An issued letter as the payout it is about and its member: what a re-issue draws the new letter from.
 *
 * @param memberId     {@code member.id} of the member it is addressed to
 * @param supersededBy the letter that replaced it, if one did
 */
public record LetterOfPayout(LetterNumber number, LetterKind kind, long payoutId, long memberId,
                             Optional<LetterNumber> supersededBy) {

    /** How the audit trail names letters. */
    public static final String AUDIT_ENTITY = "LETTER";

    public LetterOfPayout {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(supersededBy, "supersededBy");
    }

    public boolean isCurrent() {
        return supersededBy.isEmpty();
    }
}

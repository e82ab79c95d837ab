package org.huzhu.interfaces.letters.batch;

import org.huzhu.domain.model.letter.LetterDraft;

/** What a processor hands to {@link LetterWriter}: the payout and its letter, waiting for number and signature. */
public record PayoutLetter(long payoutId, long memberId, LetterDraft draft) {
}

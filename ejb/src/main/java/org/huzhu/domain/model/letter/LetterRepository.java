package org.huzhu.domain.model.letter;

import java.util.List;
import java.util.Optional;

import org.huzhu.domain.model.shared.LetterNumber;

/** The register of issued letters. Letters are added, found, and never changed. */
public interface LetterRepository {

    /** The letter issued for this payout, if one was. */
    Optional<LetterNumber> numberForPayout(long payoutId);

    /**
     * Adds the letter unless its payout already has one, also when another transaction adds one
     * at the same moment, and returns the number of the payout's letter: this one, or the one
     * that was there first.
     */
    LetterNumber addUnlessPayoutHasOne(NewLetter letter);

    /** The current (not superseded) letter about a claim or grant number, if one was issued. */
    Optional<LetterNumber> currentFor(String subjectNumber);

    Optional<IssuedLetter> find(LetterNumber number);

    Optional<IssuedLetter> findBySha256(String sha256);

    /** The member's letters, newest first. */
    List<LetterSummary> lettersOf(String memberNumber);
}

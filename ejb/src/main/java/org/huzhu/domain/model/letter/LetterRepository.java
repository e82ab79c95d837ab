package org.huzhu.domain.model.letter;

import java.util.List;
import java.util.Optional;

import org.huzhu.domain.model.shared.LetterNumber;

/**
 * The register of issued letters. Letters are added, found, and never changed, except that a re-issued letter is
 * marked once as superseded by its successor. A payout has exactly one current letter.
 */
public interface LetterRepository {

    /** The payout's current letter, if it was given one. */
    Optional<LetterNumber> numberForPayout(long payoutId);

    /**
     * Adds the letter unless its payout already has one, also when another transaction adds one
     * at the same moment, and returns the number of the payout's letter: this one, or the one
     * that was there first.
     */
    LetterNumber addUnlessPayoutHasOne(NewLetter letter);

    /** The letter with the payout and member it was issued for, as a re-issue needs it. */
    Optional<LetterOfPayout> ofPayout(LetterNumber number);

    /**
     * Adds {@code successor} and marks {@code superseded} as replaced by it, both or neither, also when another
     * transaction re-issues the same letter at the same moment.
     *
     * @return false, and nothing added, when {@code superseded} was no longer current
     */
    boolean supersede(LetterNumber superseded, NewLetter successor);

    /** The current (not superseded) letter about a claim or grant number, if one was issued. */
    Optional<LetterNumber> currentFor(String subjectNumber);

    Optional<IssuedLetter> find(LetterNumber number);

    Optional<IssuedLetter> findBySha256(String sha256);

    /** The member's letters, newest first. */
    List<LetterSummary> lettersOf(String memberNumber);
}

package org.huzhu.application;

import org.huzhu.domain.model.letter.LetterDraft;
import org.huzhu.domain.model.shared.LetterNumber;

/** Issues the signed letter of a payout (SPEC.md §8), once. Called by the settlement and grant runs. */
public interface LetterIssuer {

    /**
     * Renders, signs and registers the letter of this payout in the caller's transaction, and
     * returns its number. A payout has one letter: when it already has one, also one being issued
     * by a concurrent call, that letter's number is returned and nothing new is made.
     *
     * @param memberId the member the letter is addressed to ({@code member.id})
     * @param draft    the content, completed with the number, date and verification code given here
     */
    LetterNumber issue(long payoutId, long memberId, LetterDraft draft);
}

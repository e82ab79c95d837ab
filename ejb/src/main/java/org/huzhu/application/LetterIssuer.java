package org.huzhu.application;

import org.huzhu.domain.model.letter.LetterDraft;
import org.huzhu.domain.model.shared.LetterNumber;

/**
 * Issues the signed letter of a payout (SPEC.md §8), once, for the settlement and grant runs; and re-issues it for
 * finance when the letter must be corrected (SPEC.md §12).
 */
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

    /**
     * Replaces a current letter with a new one drawn from the payout's data as it reads now (a corrected payee, a
     * corrected name), with a new number, date and verification code, signed like any letter. The old letter is
     * superseded by it, the re-issue is audited, and the member is sent a notice when they have a phone on record.
     *
     * @param reason why the letter is re-issued, for the audit trail
     * @param actor  who re-issues it
     * @return the new letter's number
     * @throws NotFound when there is no such letter
     * @throws Conflict when the letter was already superseded
     */
    LetterNumber reissue(LetterNumber letter, String reason, String actor);
}

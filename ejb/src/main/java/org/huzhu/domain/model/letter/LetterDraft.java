package org.huzhu.domain.model.letter;

/**
 * A letter's content still waiting for its issue: the caller (a settlement or grant run) knows
 * what the letter says, while its number, date, verification code and issuer are given only by
 * the issuing service, at the moment it issues the letter.
 */
@FunctionalInterface
public interface LetterDraft {

    /** The content with exactly this issue; {@link LetterContent#issue()} must return it. */
    LetterContent complete(LetterIssue issue);
}

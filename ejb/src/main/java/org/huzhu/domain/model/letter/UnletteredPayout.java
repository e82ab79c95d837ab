package org.huzhu.domain.model.letter;

/** A payout of the run that has no letter yet. */
public record UnletteredPayout(long payoutId, long memberId) {
}

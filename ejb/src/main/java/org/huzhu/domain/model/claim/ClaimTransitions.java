package org.huzhu.domain.model.claim;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;

/**
 * The one place where a claim's status changes in storage, for intake, review and the batch jobs alike: each move
 * is a {@link ClaimTransition} (so the lifecycle allowed it) and leaves its audit entry in the same transaction.
 */
public interface ClaimTransitions {

    /**
     * Moves each claim that still stands where its transition starts, and audits each move. A claim that another
     * transaction moved meanwhile is left alone and not audited.
     *
     * @return the row ids of the claims that moved
     */
    Set<Long> move(Collection<ClaimTransition> transitions);

    /**
     * Audits a move that the claim entity has already made in this transaction (review: {@code Claim.approve} and
     * {@code decline} change the mapped row, whose version column guards against a concurrent change).
     */
    void recordMade(ClaimTransition transition);

    /**
     * As {@link #recordMade(ClaimTransition)}, dated {@code at}: intake dates its entries with the instant the claim
     * was submitted at, which its row and version bear.
     */
    void recordMade(ClaimTransition transition, Instant at);
}

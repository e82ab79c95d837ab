package org.huzhu.domain.model.claim;

import java.util.Objects;

/**
 * One claim moving from one status to the next, with who moved it, under which action name and why: what the claim's
 * row and its audit entry record. It exists only for a move that the lifecycle of SPEC.md §4 allows
 * ({@link ClaimStatus#canMoveTo}), so no store, batch step or service can write another.
 *
 * @param claimId the claim's row id
 * @param claimNo the claim's number, which the audit trail names
 * @param action  the audit trail's name for the step: SETTLE, PAID, PAYMENT_FAILED, REQUEUE, APPROVE, …
 */
public record ClaimTransition(long claimId, String claimNo, ClaimStatus from, ClaimStatus to, String action,
                              String actor, String reason) {

    public ClaimTransition {
        Objects.requireNonNull(claimNo, "claimNo");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(actor, "actor");
        if (!from.canMoveTo(to)) {
            throw new ClaimStateException(claimNo, from, to);
        }
    }
}

package org.huzhu.domain.model.payout;

/** What importing a bank return file came to (return_file.outcome). */
public enum ReturnOutcome {
    /** Reconciled and applied: every row answered. */
    IMPORTED,
    /** Did not reconcile: nothing applied. */
    REFUSED,
    /** The same bytes were imported before: nothing applied again. */
    DUPLICATE
}

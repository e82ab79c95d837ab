package org.huzhu.domain.model.grant;

import org.huzhu.domain.model.shared.Money;

/**
 * The years' hardship budgets. Read and changed under {@link GrantRepository#lockYear}, the lock a grant run holds
 * while it decides, so that what a budget counts as granted cannot change before the transaction ends.
 */
public interface BudgetRepository {

    /** The year's budget (its amount null when none is set) and what its runs have granted. */
    HardshipBudget of(int year);

    /** Sets the year's budget, whether one was set before or not. */
    void store(int year, Money amount, String setBy);
}

package org.huzhu.application;

import java.util.Optional;
import org.huzhu.domain.model.shared.Money;

/** The hardship budget of each year (issue 17): set by admin, read by admin and finance, spent by the grant runs. */
public interface Budgets {

    /**
     * A year's budget as the API shows it.
     *
     * @param amount  money string, whole yuan; null when no budget is set for the year
     * @param granted money string: what the year's runs have granted (condolences lie outside the budget)
     * @param left    money string; null when no budget is set
     */
    record BudgetView(int year, String amount, String granted, String left) {
    }

    BudgetView of(int year);

    /** Sets or changes the year's budget, audited; a {@link Conflict} when it would be less than is granted. */
    BudgetView set(int year, Money amount, String admin);

    /**
     * The budget a grant run of the year starts with: the one asked, or all that is left of the year's budget when
     * none was asked; empty when the year has no budget and none was asked. A {@link Conflict} when the one asked
     * is more than is left.
     */
    Optional<Money> forRun(int year, Optional<Money> asked);
}

package org.huzhu.domain.model.grant;

import java.util.Objects;
import java.util.Optional;
import org.huzhu.domain.model.shared.InvalidValueException;
import org.huzhu.domain.model.shared.Money;
import org.huzhu.domain.model.shared.RuleConflict;

/**
 * The hardship budget of a year (issue 17): what admin allows the year's grant runs to spend, and what they have
 * granted so far (condolences lie outside any budget, SPEC.md §7, so they do not count). A budget is never set below
 * what is granted, and no run may ask for more than is left.
 *
 * @param amount  whole yuan; null while admin has set none for the year (each run then takes the budget finance types)
 * @param granted the sum of the year's runs' grants
 */
public record HardshipBudget(int year, Money amount, Money granted) {

    public HardshipBudget {
        Objects.requireNonNull(granted, "granted");
        if (amount != null) {
            requireWholeYuan(amount);
        }
    }

    /** What the year's runs may still grant; empty when no budget is set. */
    public Optional<Money> left() {
        return Optional.ofNullable(amount).map(set -> set.minus(granted).atLeastZero());
    }

    /** The budget set to {@code newAmount}: more or less than before, but never less than the year has granted. */
    public HardshipBudget setTo(Money newAmount) {
        requireWholeYuan(newAmount);
        if (newAmount.compareTo(granted) < 0) {
            throw new RuleConflict("budget-below-granted",
                    year + " 年已发放帮扶金 " + granted.toPlainString() + " 元，预算不能低于此数",
                    year + " has granted " + granted.toPlainString() + " already; the budget cannot be lower");
        }
        return new HardshipBudget(year, newAmount, granted);
    }

    /**
     * The budget of a run: what finance asked for, or all that is left when they asked for nothing. Empty when the
     * year has no budget and finance gave none: then the run cannot start.
     */
    public Optional<Money> forRun(Optional<Money> asked) {
        Optional<Money> left = left();
        if (left.isEmpty()) {
            return asked;
        }
        Money budget = asked.orElse(left.get());
        if (budget.compareTo(left.get()) > 0) {
            throw new RuleConflict("budget-exceeded",
                    "预算 " + budget.toPlainString() + " 元超过 " + year + " 年帮扶预算的余额 " + left.get().toPlainString() + " 元",
                    "the run's budget " + budget.toPlainString() + " exceeds what is left of " + year + "'s budget, "
                            + left.get().toPlainString());
        }
        return Optional.of(budget);
    }

    private static void requireWholeYuan(Money amount) {
        if (amount.isNegative() || !amount.equals(amount.roundedDownToYuan())) {
            throw new InvalidValueException("BUDGET", "预算应为不小于零的整元金额", "a budget is whole yuan, not negative");
        }
    }
}

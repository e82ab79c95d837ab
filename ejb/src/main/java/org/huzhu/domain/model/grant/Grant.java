package org.huzhu.domain.model.grant;

import java.util.Objects;

import org.huzhu.domain.model.shared.Money;

/**
 * A grant or condolence of one run, in whole yuan.
 *
 * @param unscaledAmount what the member is owed in this run before the budget is apportioned
 * @param amount         what is paid; at most {@code unscaledAmount}
 */
public record Grant(String memberNumber, GrantKind kind, Money burden, Money unscaledAmount, Money amount) {

    public Grant {
        Objects.requireNonNull(memberNumber, "memberNumber");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(burden, "burden");
        Objects.requireNonNull(unscaledAmount, "unscaledAmount");
        Objects.requireNonNull(amount, "amount");
        if (!amount.isPositive() || amount.compareTo(unscaledAmount) > 0) {
            throw new IllegalArgumentException("member " + memberNumber + ": amount " + amount
                    + " not in (0, " + unscaledAmount + "]");
        }
    }
}

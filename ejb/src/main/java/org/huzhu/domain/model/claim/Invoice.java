package org.huzhu.domain.model.claim;

import java.util.Objects;
import org.huzhu.domain.model.shared.Money;

/**
 * A medical invoice as entered: its total split into what the medical insurance fund paid, the
 * policy self-paid part (政策范围内自付) and the out-of-policy part (政策外自费). Whether the parts
 * add up is rule V07, checked by {@link ClaimRuleSet}, so an inconsistent invoice can be stored
 * with a rejected claim.
 */
public record Invoice(String number, Money total, Money fundPaid, Money policySelfPaid, Money outOfPolicy) {

    public Invoice {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(fundPaid, "fundPaid");
        Objects.requireNonNull(policySelfPaid, "policySelfPaid");
        Objects.requireNonNull(outOfPolicy, "outOfPolicy");
        number = number.strip();
        if (number.isEmpty()) {
            throw new IllegalArgumentException("an invoice needs its number");
        }
    }

    public Money sumOfParts() {
        return fundPaid.plus(policySelfPaid).plus(outOfPolicy);
    }
}

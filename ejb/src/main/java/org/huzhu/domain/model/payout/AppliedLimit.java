package org.huzhu.domain.model.payout;

import java.io.Serializable;
import java.util.Objects;

import org.huzhu.domain.model.shared.Money;

/**
 * A limit the payable was held to, whether or not it bit.
 *
 * @param amountLeft the most it allowed, e.g. the base, or what was left of the period cap before this claim
 */
public record AppliedLimit(LimitReason reason, Money amountLeft) implements Serializable {

    public AppliedLimit {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(amountLeft, "amountLeft");
        if (reason == LimitReason.NONE) {
            throw new IllegalArgumentException("NONE is no limit");
        }
    }
}

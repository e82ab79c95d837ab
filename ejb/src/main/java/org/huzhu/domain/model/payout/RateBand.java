package org.huzhu.domain.model.payout;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

import org.huzhu.domain.model.shared.Money;

/** A rate paid on the part of a cumulative amount from {@code lowerBound} up to the next band's lower bound. */
public record RateBand(Money lowerBound, BigDecimal rate) implements Serializable {

    public RateBand {
        Objects.requireNonNull(lowerBound, "lowerBound");
        Objects.requireNonNull(rate, "rate");
        if (lowerBound.isNegative()) {
            throw new IllegalArgumentException("band starts below zero: " + lowerBound);
        }
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("rate outside [0, 1]: " + rate);
        }
    }
}

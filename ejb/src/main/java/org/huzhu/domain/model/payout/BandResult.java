package org.huzhu.domain.model.payout;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import org.huzhu.domain.model.shared.Money;

/**
 * The part of a claim that fell into one band and what it pays, exact.
 *
 * @param upperBound exclusive; {@code null} for the open top band
 */
public record BandResult(Money lowerBound, Money upperBound, BigDecimal rate, Money amountInBand, Money result)
        implements Serializable {

    public BandResult {
        Objects.requireNonNull(lowerBound, "lowerBound");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(amountInBand, "amountInBand");
        Objects.requireNonNull(result, "result");
    }

    public Optional<Money> upperBoundIfAny() {
        return Optional.ofNullable(upperBound);
    }
}

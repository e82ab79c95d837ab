package org.huzhu.domain.model.payout;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.huzhu.domain.model.shared.Money;

/** Rates by band over a cumulative amount; the first band starts at zero, the last is open. */
public record RateBands(List<RateBand> bands) implements Serializable {

    public RateBands {
        bands = List.copyOf(Objects.requireNonNull(bands, "bands"));
        if (bands.isEmpty() || !bands.getFirst().lowerBound().isZero()) {
            throw new IllegalArgumentException("the first band must start at zero");
        }
        for (int i = 1; i < bands.size(); i++) {
            if (bands.get(i).lowerBound().compareTo(bands.get(i - 1).lowerBound()) <= 0) {
                throw new IllegalArgumentException("band lower bounds must increase: " + bands);
            }
        }
    }

    /** One rate on the whole amount. */
    public static RateBands flat(BigDecimal rate) {
        return new RateBands(List.of(new RateBand(Money.ZERO, rate)));
    }

    /**
     * Places {@code amount} on top of what is already placed, {@code [alreadyPlaced, alreadyPlaced + amount)},
     * and pays each band's rate on its part. Bands the amount does not reach are left out.
     */
    public List<BandResult> place(Money alreadyPlaced, Money amount) {
        Money from = alreadyPlaced;
        Money to = alreadyPlaced.plus(amount);
        List<BandResult> results = new ArrayList<>();
        for (int i = 0; i < bands.size(); i++) {
            RateBand band = bands.get(i);
            Money upper = i + 1 < bands.size() ? bands.get(i + 1).lowerBound() : null;
            Money partStart = from.max(band.lowerBound());
            Money partEnd = upper == null ? to : to.min(upper);
            Money part = partEnd.minus(partStart);
            if (part.isPositive()) {
                results.add(new BandResult(band.lowerBound(), upper, band.rate(), part, part.times(band.rate())));
            }
        }
        return results;
    }
}

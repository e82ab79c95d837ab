package org.huzhu.domain.model.payout;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.huzhu.domain.model.shared.Money;

/**
 * What the settled claims of one member, plan and coverage period have used so far: the state a settlement
 * starts from. Small and serializable, so a batch job can carry it in a checkpoint.
 * <p>
 * Every component is a sum (or an "any") of the {@link ClaimUsage} columns of the stored payouts, so the state
 * is rebuilt from the database with one grouped query, in any order:
 * <pre>
 * deductibleUsed      = SUM(deductible_used)
 * placedOnBands       = SUM(placed_on_bands)
 * capUsed             = SUM(cap_used)
 * onceOnlyBenefitPaid = BOOL_OR(pays_once_only_benefit)
 * accidentLumpSums    = SUM(accident_lump_sum_paid) GROUP BY accident_date  (where accident_date is set)
 * </pre>
 * or in Java with {@link #rebuiltFrom(SettlementKey, Iterable)}.
 *
 * @param accidentLumpSumsPaid death and disability benefits paid, by accident date
 */
public record PeriodUsage(SettlementKey key, Money deductibleUsed, Money placedOnBands, Money capUsed,
        boolean onceOnlyBenefitPaid, Map<LocalDate, Money> accidentLumpSumsPaid) implements Serializable {

    public PeriodUsage {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(deductibleUsed, "deductibleUsed");
        Objects.requireNonNull(placedOnBands, "placedOnBands");
        Objects.requireNonNull(capUsed, "capUsed");
        accidentLumpSumsPaid = Map.copyOf(accidentLumpSumsPaid);
    }

    /** Before the first settled claim of the period. */
    public static PeriodUsage none(SettlementKey key) {
        return new PeriodUsage(key, Money.ZERO, Money.ZERO, Money.ZERO, false, Map.of());
    }

    /** The state after the given settled claims of {@code key}, in any order. */
    public static PeriodUsage rebuiltFrom(SettlementKey key, Iterable<ClaimUsage> storedUsages) {
        PeriodUsage usage = none(key);
        for (ClaimUsage used : storedUsages) {
            usage = usage.plus(used);
        }
        return usage;
    }

    public PeriodUsage plus(ClaimUsage used) {
        Map<LocalDate, Money> lumpSums = new HashMap<>(accidentLumpSumsPaid);
        if (used.accidentDate() != null) {
            lumpSums.merge(used.accidentDate(), used.accidentLumpSumPaid(), Money::plus);
        }
        return new PeriodUsage(key,
                deductibleUsed.plus(used.deductibleUsed()),
                placedOnBands.plus(used.placedOnBands()),
                capUsed.plus(used.capUsed()),
                onceOnlyBenefitPaid || used.paysOnceOnlyBenefit(),
                lumpSums);
    }

    public Money accidentLumpSumPaid(LocalDate accidentDate) {
        return accidentLumpSumsPaid.getOrDefault(accidentDate, Money.ZERO);
    }
}

package org.huzhu.domain.model.payout;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

import org.huzhu.domain.model.shared.Money;

/**
 * What one settled claim used of its member's plan and period: stored with the payout, one column each, so that
 * sums over the stored payouts of a member, plan and period rebuild the {@link PeriodUsage} (see there).
 *
 * @param deductibleUsed        of the INPATIENT deductible per period
 * @param placedOnBands         INPATIENT: the after-deductible amount added to the period's cumulative amount
 * @param capUsed               the payable where it counts against a period cap (INPATIENT, ALLOWANCE, ACCIDENT
 *                              medical), otherwise zero
 * @param paysOnceOnlyBenefit   a CRITICAL or FEMALE benefit was paid, which the enrolment pays once
 * @param accidentDate          death and disability claims: the accident, otherwise {@code null}
 * @param accidentLumpSumPaid   death and disability claims: the payable, otherwise zero
 */
public record ClaimUsage(Money deductibleUsed, Money placedOnBands, Money capUsed, boolean paysOnceOnlyBenefit,
        LocalDate accidentDate, Money accidentLumpSumPaid) implements Serializable {

    public ClaimUsage {
        Objects.requireNonNull(deductibleUsed, "deductibleUsed");
        Objects.requireNonNull(placedOnBands, "placedOnBands");
        Objects.requireNonNull(capUsed, "capUsed");
        Objects.requireNonNull(accidentLumpSumPaid, "accidentLumpSumPaid");
        if (accidentDate == null && !accidentLumpSumPaid.isZero()) {
            throw new IllegalArgumentException("an accident lump sum needs its accident date");
        }
    }

    static ClaimUsage ofBands(Money deductibleUsed, Money placedOnBands, Money capUsed) {
        return new ClaimUsage(deductibleUsed, placedOnBands, capUsed, false, null, Money.ZERO);
    }

    static ClaimUsage ofCap(Money capUsed) {
        return ofBands(Money.ZERO, Money.ZERO, capUsed);
    }

    static ClaimUsage ofOnceOnlyBenefit(Money payable) {
        return new ClaimUsage(Money.ZERO, Money.ZERO, Money.ZERO, payable.isPositive(), null, Money.ZERO);
    }

    static ClaimUsage ofAccidentLumpSum(LocalDate accidentDate, Money payable) {
        return new ClaimUsage(Money.ZERO, Money.ZERO, Money.ZERO, false, accidentDate, payable);
    }
}

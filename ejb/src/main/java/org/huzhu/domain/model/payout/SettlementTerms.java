package org.huzhu.domain.model.payout;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.huzhu.domain.model.shared.Money;

/**
 * What the five plans of one plan version pay (SPEC.md §3, §6). Every number is a parameter of the plan
 * version; {@link #defaults()} gives the values of the default catalogue.
 */
public record SettlementTerms(Inpatient inpatient, Allowance allowance, Critical critical, Female female,
        Accident accident) implements Serializable {

    public SettlementTerms {
        Objects.requireNonNull(inpatient, "inpatient");
        Objects.requireNonNull(allowance, "allowance");
        Objects.requireNonNull(critical, "critical");
        Objects.requireNonNull(female, "female");
        Objects.requireNonNull(accident, "accident");
    }

    public static SettlementTerms defaults() {
        return new SettlementTerms(
                new Inpatient(Money.yuan(500),
                        new RateBands(List.of(
                                new RateBand(Money.ZERO, new BigDecimal("0.50")),
                                new RateBand(Money.yuan(10_000), new BigDecimal("0.60")),
                                new RateBand(Money.yuan(30_000), new BigDecimal("0.70")))),
                        Money.yuan(15_000)),
                new Allowance(3, Money.yuan(40), Money.yuan(7_200)),
                new Critical(Money.yuan(10_000)),
                new Female(30, 60, Money.yuan(500), Money.yuan(2_000), Money.yuan(15_000)),
                new Accident(Money.yuan(50_000), Money.yuan(50_000), 10, new BigDecimal("0.10"),
                        Money.yuan(100), new BigDecimal("0.80"), Money.yuan(5_000)));
    }

    /**
     * @param deductiblePerPeriod per member and coverage period, not per share
     * @param bands               on the member's cumulative after-deductible amount of the period, per share
     */
    public record Inpatient(Money deductiblePerPeriod, RateBands bands, Money periodCapPerShare)
            implements Serializable {
        public Inpatient {
            requireNotNegative(deductiblePerPeriod, "deductiblePerPeriod");
            Objects.requireNonNull(bands, "bands");
            requireNotNegative(periodCapPerShare, "periodCapPerShare");
        }
    }

    /** @param unpaidDays the first days of every stay, for which no allowance is paid */
    public record Allowance(int unpaidDays, Money perDayPerShare, Money periodCapPerShare) implements Serializable {
        public Allowance {
            if (unpaidDays < 0) {
                throw new IllegalArgumentException("unpaidDays below zero: " + unpaidDays);
            }
            requireNotNegative(perDayPerShare, "perDayPerShare");
            requireNotNegative(periodCapPerShare, "periodCapPerShare");
        }
    }

    /** Paid once per enrolment. */
    public record Critical(Money perShare) implements Serializable {
        public Critical {
            requireNotNegative(perShare, "perShare");
        }
    }

    /**
     * @param earlyBenefitFromDay before this day the diagnosis is inside the waiting period (rule V04)
     * @param fullBenefitFromDay  from this day (and for renewals) the full benefits are paid
     */
    public record Female(int earlyBenefitFromDay, int fullBenefitFromDay, Money earlyPerShare, Money inSituPerShare,
            Money listedCancerPerShare) implements Serializable {
        public Female {
            if (earlyBenefitFromDay < 0 || fullBenefitFromDay < earlyBenefitFromDay) {
                throw new IllegalArgumentException(
                        "benefit days out of order: " + earlyBenefitFromDay + ", " + fullBenefitFromDay);
            }
            requireNotNegative(earlyPerShare, "earlyPerShare");
            requireNotNegative(inSituPerShare, "inSituPerShare");
            requireNotNegative(listedCancerPerShare, "listedCancerPerShare");
        }
    }

    /**
     * @param disabilityGrades        grades run from 1 (worst) to this number (mildest)
     * @param disabilityRatePerGrade  grade g pays (disabilityGrades + 1 − g) × this rate of {@code disabilityBasePerShare}
     * @param medicalExcessPerClaim   taken off every medical claim before the rate applies
     * @param medicalPeriodCapPerShare shares raise the cap, not the rate
     */
    public record Accident(Money deathPerShare, Money disabilityBasePerShare, int disabilityGrades,
            BigDecimal disabilityRatePerGrade, Money medicalExcessPerClaim, BigDecimal medicalRate,
            Money medicalPeriodCapPerShare) implements Serializable {
        public Accident {
            requireNotNegative(deathPerShare, "deathPerShare");
            requireNotNegative(disabilityBasePerShare, "disabilityBasePerShare");
            if (disabilityGrades < 1) {
                throw new IllegalArgumentException("disabilityGrades below 1: " + disabilityGrades);
            }
            Objects.requireNonNull(disabilityRatePerGrade, "disabilityRatePerGrade");
            requireNotNegative(medicalExcessPerClaim, "medicalExcessPerClaim");
            Objects.requireNonNull(medicalRate, "medicalRate");
            requireNotNegative(medicalPeriodCapPerShare, "medicalPeriodCapPerShare");
        }

        /** The part of {@code disabilityBasePerShare} that grade {@code grade} pays. */
        public BigDecimal disabilityRate(int grade) {
            if (grade < 1 || grade > disabilityGrades) {
                throw new IllegalArgumentException("disability grade outside 1.." + disabilityGrades + ": " + grade);
            }
            return disabilityRatePerGrade.multiply(BigDecimal.valueOf(disabilityGrades + 1L - grade));
        }

        public RateBands medicalBands() {
            return RateBands.flat(medicalRate);
        }
    }

    private static void requireNotNegative(Money amount, String name) {
        Objects.requireNonNull(amount, name);
        if (amount.isNegative()) {
            throw new IllegalArgumentException(name + " below zero: " + amount);
        }
    }
}

package org.huzhu.domain.model.payout;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import org.huzhu.domain.model.plan.PlanCode;
import org.huzhu.domain.model.shared.Money;

/** What an approved claim asks for: the facts of one plan's benefit that the settlement needs. */
public sealed interface ClaimedBenefit {

    PlanCode plan();

    /** INPATIENT: a hospital stay and its invoices' totals. */
    record InpatientStay(LocalDate admission, LocalDate discharge, Money policySelfPaid, Money outOfPolicy)
            implements ClaimedBenefit {
        public InpatientStay {
            requireStay(admission, discharge);
            requireFenAmount(policySelfPaid, "policySelfPaid");
            requireFenAmount(outOfPolicy, "outOfPolicy");
        }

        @Override
        public PlanCode plan() {
            return PlanCode.INPATIENT;
        }
    }

    /** ALLOWANCE: a hospital stay, paid by the day. */
    record AllowanceStay(LocalDate admission, LocalDate discharge) implements ClaimedBenefit {
        public AllowanceStay {
            requireStay(admission, discharge);
        }

        /** Days = discharge date − admission date. */
        public long days() {
            return ChronoUnit.DAYS.between(admission, discharge);
        }

        @Override
        public PlanCode plan() {
            return PlanCode.ALLOWANCE;
        }
    }

    /** CRITICAL: a covered diagnosis (checked at intake, rule V10). */
    record CriticalIllness() implements ClaimedBenefit {
        @Override
        public PlanCode plan() {
            return PlanCode.CRITICAL;
        }
    }

    /**
     * FEMALE: a covered diagnosis on the claim's incident date.
     *
     * @param renewal whether the enrolment renews an earlier one; without a renewal the chain of enrolments
     *                starts at the coverage start, with one it counts as d ≥ 60 whatever the dates
     */
    record FemaleDiagnosis(FemaleDiagnosisKind kind, boolean renewal) implements ClaimedBenefit {
        public FemaleDiagnosis {
            Objects.requireNonNull(kind, "kind");
        }

        @Override
        public PlanCode plan() {
            return PlanCode.FEMALE;
        }
    }

    /** An ACCIDENT claim; one accident is one member and one accident date. */
    sealed interface AccidentBenefit extends ClaimedBenefit {
        LocalDate accidentDate();

        @Override
        default PlanCode plan() {
            return PlanCode.ACCIDENT;
        }
    }

    record AccidentDeath(LocalDate accidentDate) implements AccidentBenefit {
        public AccidentDeath {
            Objects.requireNonNull(accidentDate, "accidentDate");
        }
    }

    /** @param grade 1 (worst) to the plan's mildest grade */
    record AccidentDisability(LocalDate accidentDate, int grade) implements AccidentBenefit {
        public AccidentDisability {
            Objects.requireNonNull(accidentDate, "accidentDate");
            if (grade < 1) {
                throw new IllegalArgumentException("disability grade below 1: " + grade);
            }
        }
    }

    record AccidentMedical(LocalDate accidentDate, Money policySelfPaid, Money outOfPolicy)
            implements AccidentBenefit {
        public AccidentMedical {
            Objects.requireNonNull(accidentDate, "accidentDate");
            requireFenAmount(policySelfPaid, "policySelfPaid");
            requireFenAmount(outOfPolicy, "outOfPolicy");
        }

        /** Base = policy self-paid + out-of-policy. */
        public Money selfPaid() {
            return policySelfPaid.plus(outOfPolicy);
        }
    }

    private static void requireStay(LocalDate admission, LocalDate discharge) {
        Objects.requireNonNull(admission, "admission");
        Objects.requireNonNull(discharge, "discharge");
        if (discharge.isBefore(admission)) {
            throw new IllegalArgumentException("discharged " + discharge + " before admission " + admission);
        }
    }

    // Invoice amounts are money as entered: whole fen. This also keeps every payable within its base after rounding.
    private static void requireFenAmount(Money amount, String name) {
        Objects.requireNonNull(amount, name);
        if (amount.isNegative() || !amount.hasAtMostTwoDecimals()) {
            throw new IllegalArgumentException(name + " is not an amount of fen ≥ 0: " + amount);
        }
    }
}

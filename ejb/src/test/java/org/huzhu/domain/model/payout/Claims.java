package org.huzhu.domain.model.payout;

import java.time.LocalDate;

import org.huzhu.domain.model.payout.ClaimedBenefit.AccidentDeath;
import org.huzhu.domain.model.payout.ClaimedBenefit.AccidentDisability;
import org.huzhu.domain.model.payout.ClaimedBenefit.AccidentMedical;
import org.huzhu.domain.model.payout.ClaimedBenefit.AllowanceStay;
import org.huzhu.domain.model.payout.ClaimedBenefit.FemaleDiagnosis;
import org.huzhu.domain.model.payout.ClaimedBenefit.InpatientStay;
import org.huzhu.domain.model.shared.CoveragePeriod;
import org.huzhu.domain.model.shared.Money;

/** Claims of test members, all covered by one enrolment per plan for the year 2026. */
final class Claims {

    static final CoveragePeriod YEAR_2026 = new CoveragePeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

    private Claims() {
    }

    static ClaimToSettle claim(String claimNumber, String memberNumber, int shares, LocalDate incidentDate,
            ClaimedBenefit benefit) {
        long enrolmentId = (long) memberNumber.hashCode() * 10 + benefit.plan().ordinal();
        return new ClaimToSettle(claimNumber, memberNumber, enrolmentId, YEAR_2026, shares, incidentDate, benefit);
    }

    static InpatientStay inpatientStay(LocalDate admission, String policySelfPaid) {
        return new InpatientStay(admission, admission.plusDays(7), Money.parse(policySelfPaid), Money.parse("0"));
    }

    static AllowanceStay allowanceStay(LocalDate admission, LocalDate discharge) {
        return new AllowanceStay(admission, discharge);
    }

    static FemaleDiagnosis newEnrolmentDiagnosis(FemaleDiagnosisKind kind) {
        return new FemaleDiagnosis(kind, false);
    }

    static AccidentDeath death(LocalDate accidentDate) {
        return new AccidentDeath(accidentDate);
    }

    static AccidentDisability disability(LocalDate accidentDate, int grade) {
        return new AccidentDisability(accidentDate, grade);
    }

    static AccidentMedical medical(LocalDate accidentDate, String policySelfPaid, String outOfPolicy) {
        return new AccidentMedical(accidentDate, Money.parse(policySelfPaid), Money.parse(outOfPolicy));
    }

    static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2026, month, dayOfMonth);
    }
}

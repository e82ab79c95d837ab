package org.huzhu.domain.model.payout;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import org.huzhu.domain.model.plan.AccidentOutcome;
import org.huzhu.domain.model.plan.PlanCode;
import org.huzhu.domain.model.shared.CoveragePeriod;
import org.huzhu.domain.model.shared.Money;

/**
 * An APPROVED claim as stored, with its enrolment and the sums of its invoices: one row of
 * {@link PayoutRepository#approvedClaims}.
 */
public record ApprovedClaim(long claimId, String claimNo, long memberId, String memberNo, PlanCode plan,
        long enrollmentId, long planVersionId, LocalDate coverageStart, LocalDate coverageEnd, int shares,
        boolean renewal, LocalDate incidentDate, LocalDate admissionDate, LocalDate dischargeDate,
        String diagnosisCode, String accidentOutcome, Integer disabilityGrade, Money policySelfPaid,
        Money outOfPolicy) implements Serializable {

    public ClaimToSettle toClaimToSettle() {
        return new ClaimToSettle(claimNo, memberNo, enrollmentId, new CoveragePeriod(coverageStart, coverageEnd),
                shares, incidentDate, benefit());
    }

    private ClaimedBenefit benefit() {
        return switch (plan) {
            case INPATIENT -> new ClaimedBenefit.InpatientStay(admissionDate, dischargeDate, policySelfPaid,
                    outOfPolicy);
            case ALLOWANCE -> new ClaimedBenefit.AllowanceStay(admissionDate, dischargeDate);
            case CRITICAL -> new ClaimedBenefit.CriticalIllness();
            case FEMALE -> new ClaimedBenefit.FemaleDiagnosis(FemaleDiagnosisKind.ofDiagnosis(diagnosisCode), renewal);
            case ACCIDENT -> switch (knownAccidentOutcome()) {
                case DEATH -> new ClaimedBenefit.AccidentDeath(incidentDate);
                case DISABILITY -> new ClaimedBenefit.AccidentDisability(incidentDate, disabilityGrade);
                case MEDICAL -> new ClaimedBenefit.AccidentMedical(incidentDate, policySelfPaid, outOfPolicy);
            };
        };
    }

    private AccidentOutcome knownAccidentOutcome() {
        return Arrays.stream(AccidentOutcome.values()).filter(outcome -> outcome.name().equals(accidentOutcome))
                .findFirst().orElseThrow(() -> new IllegalArgumentException(
                        "claim " + claimNo + ": ACCIDENT without a known outcome: " + accidentOutcome));
    }
}

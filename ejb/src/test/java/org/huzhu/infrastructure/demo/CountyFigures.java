package org.huzhu.infrastructure.demo;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.huzhu.domain.model.claim.ClaimStatus;
import org.huzhu.domain.model.claim.Invoice;
import org.huzhu.domain.model.member.Payer;
import org.huzhu.domain.model.payout.ClaimToSettle;
import org.huzhu.domain.model.payout.ClaimedBenefit;
import org.huzhu.domain.model.payout.FemaleDiagnosisKind;
import org.huzhu.domain.model.payout.PeriodUsage;
import org.huzhu.domain.model.payout.Settlement;
import org.huzhu.domain.model.payout.SettlementCalculator;
import org.huzhu.domain.model.payout.SettlementTerms;
import org.huzhu.domain.model.plan.DiagnosisCategory;
import org.huzhu.domain.model.plan.PlanCatalogue;
import org.huzhu.domain.model.plan.PlanCode;
import org.huzhu.domain.model.shared.Money;
import org.huzhu.infrastructure.demo.CountyRecord.ClaimRecord;
import org.huzhu.infrastructure.demo.CountyRecord.EnrolmentRecord;
import org.huzhu.infrastructure.demo.CountyRecord.MemberRecord;

/**
 * The figures a county reports (SPEC.md §10), counted over a synthetic county's records, with its
 * APPROVED claims settled by the real {@link SettlementCalculator} as the nightly run would settle them.
 */
final class CountyFigures {

    long units;
    long members;
    /** 参保人次: one member enrolled in a plan year, in however many plans. */
    long enrolmentYears;
    long enrolments;
    /** 筹集保障金: what units and members paid; free cover is counted apart. */
    Money contributions = Money.ZERO;
    Money freeCoverValue = Money.ZERO;
    long freeCoverWorkers;
    long hardshipFiles;
    final Map<ClaimStatus, Long> claimsByStatus = new EnumMap<>(ClaimStatus.class);
    final Set<String> claimants = new HashSet<>();
    final List<ClaimToSettle> approved = new ArrayList<>();

    static CountyFigures of(Stream<CountyRecord> records) {
        CountyFigures figures = new CountyFigures();
        Map<String, EnrolmentRecord> enrolmentsOfMember = new HashMap<>();
        Set<String> memberYears = new HashSet<>();
        records.forEach(record -> {
            switch (record) {
                case CountyRecord.UnitRecord unit -> figures.units++;
                case MemberRecord member -> {
                    figures.members++;
                    enrolmentsOfMember.clear();
                    memberYears.clear();
                    if (member.freeCover()) {
                        figures.freeCoverWorkers++;
                    }
                }
                case CountyRecord.HardshipFileRecord file -> figures.hardshipFiles++;
                case EnrolmentRecord enrolment -> {
                    figures.enrolments++;
                    enrolmentsOfMember.put(key(enrolment.plan(), enrolment.coverage().start().toString()), enrolment);
                    if (memberYears.add(String.valueOf(enrolment.coverage().start().getYear()))) {
                        figures.enrolmentYears++;
                    }
                    if (enrolment.payer() == Payer.UNION) {
                        figures.freeCoverValue = figures.freeCoverValue.plus(enrolment.contribution());
                    } else {
                        figures.contributions = figures.contributions.plus(enrolment.contribution());
                    }
                }
                case ClaimRecord claim -> {
                    figures.claimsByStatus.merge(claim.status(), 1L, Long::sum);
                    if (claim.status() == ClaimStatus.APPROVED) {
                        EnrolmentRecord enrolment = enrolmentsOfMember.get(
                                key(claim.draft().planCode(), claim.coverage().start().toString()));
                        figures.approved.add(toSettle(claim, enrolment));
                        figures.claimants.add(claim.draft().memberNo());
                    }
                }
            }
        });
        return figures;
    }

    long claims(ClaimStatus status) {
        return claimsByStatus.getOrDefault(status, 0L);
    }

    /** What the nightly run will pay on the APPROVED claims. */
    Money projectedPayout() {
        List<Settlement> settlements = new SettlementCalculator(SettlementTerms.defaults())
                .settleInOrder(approved, PeriodUsage::none);
        return settlements.stream().map(Settlement::payable).reduce(Money.ZERO, Money::plus);
    }

    long paidClaims() {
        return new SettlementCalculator(SettlementTerms.defaults()).settleInOrder(approved, PeriodUsage::none).stream()
                .filter(s -> s.payable().isPositive()).count();
    }

    @Override
    public String toString() {
        return "units " + units + ", members " + members + ", enrolment-years " + enrolmentYears + ", enrolments "
                + enrolments + ", contributions " + contributions + ", free cover " + freeCoverWorkers + " ("
                + freeCoverValue + "), hardship files " + hardshipFiles + ", claims " + claimsByStatus
                + ", claimants approved " + claimants.size() + ", paid claims " + paidClaims() + ", projected payout "
                + projectedPayout();
    }

    private static String key(PlanCode plan, String start) {
        return plan + "@" + start;
    }

    private static ClaimToSettle toSettle(ClaimRecord claim, EnrolmentRecord enrolment) {
        var draft = claim.draft();
        Money policySelfPaid = draft.invoices().stream().map(Invoice::policySelfPaid).reduce(Money.ZERO, Money::plus);
        Money outOfPolicy = draft.invoices().stream().map(Invoice::outOfPolicy).reduce(Money.ZERO, Money::plus);
        ClaimedBenefit benefit = switch (draft.planCode()) {
            case INPATIENT -> new ClaimedBenefit.InpatientStay(draft.admissionDate(), draft.dischargeDate(),
                    policySelfPaid, outOfPolicy);
            case ALLOWANCE -> new ClaimedBenefit.AllowanceStay(draft.admissionDate(), draft.dischargeDate());
            case CRITICAL -> new ClaimedBenefit.CriticalIllness();
            case FEMALE -> new ClaimedBenefit.FemaleDiagnosis(
                    PlanCatalogue.defaults().terms(PlanCode.FEMALE).coveredDiagnoses().categoryOf(draft.diagnosisCode())
                            .orElseThrow() == DiagnosisCategory.CARCINOMA_IN_SITU
                            ? FemaleDiagnosisKind.CARCINOMA_IN_SITU : FemaleDiagnosisKind.LISTED_CANCER,
                    enrolment.renewal());
            case ACCIDENT -> switch (draft.accidentOutcome()) {
                case DEATH -> new ClaimedBenefit.AccidentDeath(draft.incidentDate());
                case DISABILITY -> new ClaimedBenefit.AccidentDisability(draft.incidentDate(), draft.disabilityGrade());
                case MEDICAL -> new ClaimedBenefit.AccidentMedical(draft.incidentDate(), policySelfPaid, outOfPolicy);
            };
        };
        return new ClaimToSettle(claim.claimNumber().value(), draft.memberNo(),
                enrolment.coverage().start().toEpochDay(), enrolment.coverage(), enrolment.shares(), draft.incidentDate(),
                benefit);
    }
}

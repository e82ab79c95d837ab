package org.huzhu.infrastructure.demo;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import java.time.LocalDate;
import org.huzhu.domain.model.plan.AccidentOutcome;
import org.huzhu.domain.model.grant.GrantCandidate;
import org.huzhu.domain.model.grant.GrantRunResult;
import org.huzhu.domain.model.grant.GrantTerms;
import org.huzhu.domain.model.grant.HardshipGrantCalculator;
import org.huzhu.domain.model.member.HardshipLevel;
import org.huzhu.domain.model.shared.BusinessDate;
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
    private final Map<String, ClaimRecord> approvedRecords = new HashMap<>();
    private final Map<String, List<CountyRecord.HardshipFileRecord>> hardshipFilesOfMember = new HashMap<>();

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
                case CountyRecord.HardshipFileRecord file -> {
                    figures.hardshipFiles++;
                    figures.hardshipFilesOfMember.computeIfAbsent(file.memberNo(), no -> new ArrayList<>()).add(file);
                }
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
                        figures.approvedRecords.put(claim.claimNumber().value(), claim);
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

    /** One year's hardship-grant run as the job would decide it. */
    record GrantYear(int year, LocalDate runDate, GrantRunResult result) {
    }

    /**
     * The hardship-grant runs of each year, had each APPROVED claim been settled the night after its approval and
     * one run been made per year on {@code runDate(year)} with {@code budget}: the burdens the job sums
     * ({@code HardshipGrantDecider}), decided by the real {@link HardshipGrantCalculator}.
     */
    List<GrantYear> projectedGrants(Function<Integer, LocalDate> runDate, Money budget) {
        List<Settlement> settlements = new SettlementCalculator(SettlementTerms.defaults())
                .settleInOrder(approved, PeriodUsage::none);
        Map<Integer, Map<String, YearOfMember>> years = new TreeMap<>();
        for (Settlement settlement : settlements) {
            ClaimRecord claim = approvedRecords.get(settlement.claimNumber());
            int year = claim.reviewedAt().atZone(BusinessDate.ZONE).toLocalDate().plusDays(1).getYear();
            YearOfMember member = years.computeIfAbsent(year, y -> new TreeMap<>())
                    .computeIfAbsent(claim.draft().memberNo(), no -> new YearOfMember());
            PlanCode plan = claim.draft().planCode();
            if (plan == PlanCode.INPATIENT
                    || (plan == PlanCode.ACCIDENT && claim.draft().accidentOutcome() == AccidentOutcome.MEDICAL)) {
                for (Invoice invoice : claim.draft().invoices()) {
                    member.selfPaid = member.selfPaid.plus(invoice.policySelfPaid()).plus(invoice.outOfPolicy());
                }
                member.mutualAidPaid = member.mutualAidPaid.plus(settlement.payable());
            }
            member.criticalOrFemale |= plan == PlanCode.CRITICAL || plan == PlanCode.FEMALE;
        }
        HardshipGrantCalculator calculator = new HardshipGrantCalculator(GrantTerms.defaults());
        List<GrantYear> runs = new ArrayList<>();
        years.forEach((year, members) -> {
            LocalDate date = runDate.apply(year);
            List<GrantCandidate> candidates = new ArrayList<>();
            members.forEach((memberNo, member) -> candidates.add(new GrantCandidate(memberNo, member.selfPaid,
                    member.mutualAidPaid, hardshipOn(memberNo, date), Money.ZERO, false, member.criticalOrFemale)));
            runs.add(new GrantYear(year, date, calculator.run(candidates, budget)));
        });
        return runs;
    }

    private HardshipLevel hardshipOn(String memberNo, LocalDate date) {
        return hardshipFilesOfMember.getOrDefault(memberNo, List.of()).stream()
                .filter(file -> file.valid().covers(date)).map(CountyRecord.HardshipFileRecord::level)
                .findFirst().orElse(HardshipLevel.NONE);
    }

    private static final class YearOfMember {
        Money selfPaid = Money.ZERO;
        Money mutualAidPaid = Money.ZERO;
        boolean criticalOrFemale;
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

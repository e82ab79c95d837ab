package org.huzhu.infrastructure.demo;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.time.LocalDate;
import org.huzhu.domain.model.plan.AccidentOutcome;
import org.huzhu.domain.model.grant.Grant;
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
import org.huzhu.domain.model.payout.SettlementKey;
import org.huzhu.domain.model.payout.SettlementTerms;
import org.huzhu.domain.model.plan.DiagnosisCategory;
import org.huzhu.domain.model.plan.PlanCatalogue;
import org.huzhu.domain.model.plan.PlanCode;
import org.huzhu.domain.model.shared.Money;
import org.huzhu.infrastructure.demo.CountyRecord.ClaimRecord;
import org.huzhu.infrastructure.demo.CountyRecord.EnrolmentRecord;
import org.huzhu.infrastructure.demo.CountyRecord.MemberRecord;

/**
 * The figures a county reports (SPEC.md §10), counted over a synthetic county's records; its payouts, grants and
 * condolences as the demo's replay of its years makes them ({@link #replay}).
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

    /** The runs of one plan year's last day: settlement, then the hardship grants of the year. */
    record YearEnd(int year, LocalDate runDate, List<Settlement> settlements, GrantRunResult grants) {
    }

    /** The county's years as the demo replays them, and the figures the report shows for the three years. */
    record History(List<YearEnd> years) {

        /** 理赔: payouts that moved money. */
        long paidClaims() {
            return paid().count();
        }

        Money amountPaid() {
            return paid().map(Settlement::payable).reduce(Money.ZERO, Money::plus);
        }

        /** 救助人数: members granted in any of the years, each once. */
        long membersGranted() {
            return years.stream().flatMap(year -> year.grants().grants().stream()).map(Grant::memberNumber)
                    .distinct().count();
        }

        Money granted() {
            return years.stream().map(year -> year.grants().grantTotal()).reduce(Money.ZERO, Money::plus);
        }

        long condolences() {
            return years.stream().mapToLong(year -> year.grants().condolences().size()).sum();
        }

        private Stream<Settlement> paid() {
            return years.stream().flatMap(year -> year.settlements().stream()).filter(s -> s.payable().isPositive());
        }
    }

    /**
     * The county's history as the demo replays it: each plan year ends with a settlement run dated its last day
     * (asOf in the current year) that settles every claim approved by then, after what earlier runs settled, and
     * a hardship-grant run for the year on the same day with {@code grantBudget}. Settled by the real
     * {@link SettlementCalculator}, the burdens summed as {@code HardshipGrantDecider} sums them, decided by the
     * real {@link HardshipGrantCalculator}.
     */
    History replay(CountyParameters parameters, Money grantBudget) {
        SettlementCalculator settlement = new SettlementCalculator(SettlementTerms.defaults());
        HardshipGrantCalculator grants = new HardshipGrantCalculator(GrantTerms.defaults());
        Map<SettlementKey, PeriodUsage> usedInEarlierRuns = new HashMap<>();
        List<ClaimToSettle> waiting = new ArrayList<>(approved);
        List<YearEnd> years = new ArrayList<>();
        for (int year = parameters.firstPlanYear(); year <= parameters.lastPlanYear(); year++) {
            LocalDate runDate = year == parameters.lastPlanYear() ? parameters.asOf() : LocalDate.of(year, 12, 31);
            List<ClaimToSettle> due = waiting.stream().filter(claim -> !approvalDay(claim).isAfter(runDate)).toList();
            waiting.removeAll(due);
            List<Settlement> settled = settlement.settleInOrder(due,
                    key -> usedInEarlierRuns.getOrDefault(key, PeriodUsage.none(key)));
            settled.forEach(s -> usedInEarlierRuns.compute(s.key(),
                    (key, before) -> (before == null ? PeriodUsage.none(key) : before).plus(s.usage())));
            years.add(new YearEnd(year, runDate, settled, grants.run(candidates(settled, runDate), grantBudget)));
        }
        if (!waiting.isEmpty()) {
            throw new IllegalStateException(waiting.size() + " approved claims left unsettled after asOf");
        }
        return new History(years);
    }

    private LocalDate approvalDay(ClaimToSettle claim) {
        return approvedRecords.get(claim.claimNumber()).reviewedAt().atZone(BusinessDate.ZONE).toLocalDate();
    }

    /** The members of a year's settled claims as the grant run sees them; one run a year, so nothing granted yet. */
    private List<GrantCandidate> candidates(List<Settlement> settledInYear, LocalDate runDate) {
        Map<String, YearOfMember> members = new TreeMap<>();
        for (Settlement settled : settledInYear) {
            ClaimRecord claim = approvedRecords.get(settled.claimNumber());
            PlanCode plan = claim.draft().planCode();
            boolean burdens = plan == PlanCode.INPATIENT
                    || plan == PlanCode.ACCIDENT && claim.draft().accidentOutcome() == AccidentOutcome.MEDICAL;
            boolean criticalOrFemale = plan == PlanCode.CRITICAL || plan == PlanCode.FEMALE;
            if (!burdens && !criticalOrFemale) {
                continue;
            }
            YearOfMember member = members.computeIfAbsent(claim.draft().memberNo(), no -> new YearOfMember());
            if (burdens) {
                for (Invoice invoice : claim.draft().invoices()) {
                    member.selfPaid = member.selfPaid.plus(invoice.policySelfPaid()).plus(invoice.outOfPolicy());
                }
                member.mutualAidPaid = member.mutualAidPaid.plus(settled.payable());
            }
            member.criticalOrFemale |= criticalOrFemale;
        }
        List<GrantCandidate> candidates = new ArrayList<>();
        members.forEach((memberNo, member) -> candidates.add(new GrantCandidate(memberNo, member.selfPaid,
                member.mutualAidPaid, hardshipOn(memberNo, runDate), Money.ZERO, false, member.criticalOrFemale)));
        return candidates;
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
                + ", claimants approved " + claimants.size();
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

package org.huzhu.infrastructure.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.huzhu.domain.model.claim.Cause;
import org.huzhu.domain.model.claim.ClaimContext;
import org.huzhu.domain.model.claim.ClaimDraft;
import org.huzhu.domain.model.claim.ClaimRuleSet;
import org.huzhu.domain.model.claim.ClaimStatus;
import org.huzhu.domain.model.claim.Complexity;
import org.huzhu.domain.model.claim.HospitalStay;
import org.huzhu.domain.model.claim.Invoice;
import org.huzhu.domain.model.claim.WorkingCalendar;
import org.huzhu.domain.model.plan.AccidentOutcome;
import org.huzhu.domain.model.plan.DocumentCode;
import org.huzhu.domain.model.plan.PlanCatalogue;
import org.huzhu.domain.model.plan.PlanCode;
import org.huzhu.domain.model.plan.PlanTerms;
import org.huzhu.domain.model.shared.BusinessDate;
import org.huzhu.domain.model.shared.ClaimNumber;
import org.huzhu.domain.model.shared.Gender;
import org.huzhu.domain.model.shared.Money;
import org.huzhu.domain.model.shared.Violation;
import org.huzhu.infrastructure.demo.CountyRecord.ClaimRecord;
import org.huzhu.infrastructure.demo.CountyRecord.EnrolmentRecord;
import org.huzhu.infrastructure.demo.CountyRecord.MemberRecord;

/**
 * The claims of a synthetic county, member by member. Each is checked with {@link ClaimRuleSet} as
 * intake would check it on its submission date: a claim meant to be valid must pass (else the
 * generator is wrong and says so), and a claim given a defect stores exactly the violations the
 * rule set reports. Past years' claims are mostly APPROVED, waiting for the settlement run; the
 * last weeks' are still VALIDATED, some of them overdue.
 */
final class SyntheticClaims {

    /**
     * What a claim is for; the rates are claimants per enrolment-year, tuned so that the year-end settlement runs
     * pay about the county's published 346 claims for ¥2,823,000, and CRITICAL and FEMALE give its 60 condolences.
     */
    enum Kind {
        INPATIENT_STAY(PlanCode.INPATIENT, 0.0011),
        ALLOWANCE_STAY(PlanCode.ALLOWANCE, 0.0025),
        CRITICAL_DIAGNOSIS(PlanCode.CRITICAL, 0.0045),
        FEMALE_DIAGNOSIS(PlanCode.FEMALE, 0.0008),
        ACCIDENT_MEDICAL(PlanCode.ACCIDENT, 0.0007),
        ACCIDENT_DISABILITY(PlanCode.ACCIDENT, 0.00045),
        ACCIDENT_DEATH(PlanCode.ACCIDENT, 0.0008);

        final PlanCode plan;
        final double rate;

        Kind(PlanCode plan, double rate) {
            this.plan = plan;
            this.rate = rate;
        }
    }

    /**
     * Members with a hardship file are in hospital far more often: illness is much of why they have one. Nearly one
     * in five claims a stay each year, so that they are most of the county's published 154 members given grants.
     */
    static final double HARDSHIP_INPATIENT_RATE = 0.18;
    /**
     * Share of other members' inpatient claims for a serious illness (cancer, stroke, heart or kidney failure).
     * Members claim for the stays that cost them most: a short stay for pneumonia leaves little after the deductible.
     */
    static final double SERIOUS_STAYS = 0.8;
    /**
     * Members with a hardship file are mostly chronically ill (diabetes, COPD, hypertension): frequent stays of
     * moderate cost, which a family on a low income still cannot bear.
     */
    static final double SERIOUS_STAYS_WITH_HARDSHIP_FILE = 0.2;
    /** What a common stay leaves the member to pay after medical insurance (yuan): policy self-paid and out-of-policy. */
    private static final SelfPaid COMMON_STAY_BILL = new SelfPaid(5_000, 0.10, 0.40);
    /**
     * A serious illness brings a long stay and drugs and devices outside the insurance list (targeted cancer drugs,
     * imported stents) that cost about as much again as the policy self-paid part: the burden hardship grants are for.
     */
    private static final SelfPaid SERIOUS_STAY_BILL = new SelfPaid(10_000, 0.8, 1.6);
    private static final SelfPaid ALLOWANCE_STAY_BILL = new SelfPaid(3_000, 0.05, 0.40);
    /** Accident medical cover pays both parts, so only the treatment's own cost matters: mostly minor injuries. */
    private static final SelfPaid ACCIDENT_TREATMENT_BILL = new SelfPaid(1_500, 0.05, 0.40);
    static final double REJECTED = 0.08;
    static final double DECLINED = 0.06;
    /** Claims submitted this recently are still waiting for review, unless the reviewer was quick. */
    static final int DAYS_IN_REVIEW = 30;
    static final double REVIEWED_EARLY = 0.4;
    static final String[] CLERKS = {"clerk1", "clerk2"};
    static final String REVIEWER = "reviewer1";

    private static final PlanCatalogue CATALOGUE = PlanCatalogue.defaults();
    private static final WorkingCalendar WEEKDAYS = new WorkingCalendar(Set.of(), Set.of());
    private static final List<String> HOSPITALS = List.of(
            "新余市人民医院", "新余市中医院", "新余钢铁集团有限公司中心医院", "渝水区人民医院", "分宜县人民医院",
            "新余市第四人民医院", "江西省人民医院", "南昌大学第一附属医院", "宜春市人民医院");
    private static final List<String> ILLNESSES = List.of(
            "J18.9", "K80.2", "I10", "E11.9", "M51.2", "K35.8", "N20.0", "J44.1", "K29.7");
    private static final List<String> SERIOUS_ILLNESSES = List.of(
            "C34.9", "C16.9", "C18.9", "C22.0", "I63.9", "I61.9", "I25.1", "I50.0", "N18.5");
    private static final List<String> INJURIES = List.of("S72.0", "S82.2", "S06.0", "S52.5", "S32.0", "T14.0");
    private static final List<String> CRITICAL_ILLNESSES = List.of(
            "C34.9", "C16.9", "C22.0", "C18.9", "C15.9", "C92.0", "I21.9", "I63.9", "I61.9", "N18.5");
    private static final List<String> CRITICAL_ILLNESSES_OF_WOMEN = List.of("C50.9", "C53.9");
    private static final List<String> CRITICAL_ILLNESSES_OF_MEN = List.of("C61");
    private static final List<String> FEMALE_DIAGNOSES = List.of(
            "C50.9", "C50.4", "C53.9", "C54.1", "C56", "D05.1", "D06.9", "D07.1");
    private static final List<String> FATAL_INJURIES = List.of("S06.9", "T71", "S27.3", "T75.4");
    private static final List<String> DECLINE_REASONS = List.of(
            "经调查，住院系既往症复发，属除外责任", "事故系酒后驾驶所致，属除外责任", "所附证明材料与医院记录不符",
            "同一费用已由其他保障报销");
    private static final String APPROVAL_NOTE = "材料齐全，符合给付条件";

    private final CountyParameters parameters;
    private final SplittableRandom random;
    private final Map<Kind, Quota> quotas = new EnumMap<>(Kind.class);
    private final Quota hardshipInpatientQuota;
    private final Map<Integer, Integer> lastSequence = new HashMap<>();

    SyntheticClaims(CountyParameters parameters, SplittableRandom random) {
        this.parameters = parameters;
        this.random = random;
        for (Kind kind : Kind.values()) {
            quotas.put(kind, new Quota(random));
        }
        hardshipInpatientQuota = new Quota(random);
    }

    /** A member's claims over all their enrolments, in the order they happened. */
    List<ClaimRecord> of(MemberRecord member, boolean hardship, List<EnrolmentRecord> enrolments) {
        List<ClaimRecord> made = new ArrayList<>();
        LocalDate lastCoveredDay = enrolments.stream().map(e -> e.coverage().end()).max(Comparator.naturalOrder())
                .orElseThrow();
        // ACCIDENT comes last among plans, so a death is drawn after the member's other claims of that year
        List<EnrolmentRecord> ordered = enrolments.stream()
                .sorted(Comparator.comparing((EnrolmentRecord e) -> e.coverage().start()).thenComparing(EnrolmentRecord::plan))
                .toList();
        for (EnrolmentRecord enrolment : ordered) {
            for (Kind kind : Kind.values()) {
                if (kind.plan != enrolment.plan()
                        || kind == Kind.ACCIDENT_DEATH && !enrolment.coverage().end().equals(lastCoveredDay)) {
                    continue;
                }
                boolean hardshipStay = hardship && kind == Kind.INPATIENT_STAY;
                Quota quota = hardshipStay ? hardshipInpatientQuota : quotas.get(kind);
                if (!quota.draw(hardshipStay ? HARDSHIP_INPATIENT_RATE : kind.rate)) {
                    continue;
                }
                int stays = kind == Kind.INPATIENT_STAY ? stays() : 1;
                for (int i = 0; i < stays; i++) {
                    new Submission(member, hardship, enrolment, enrolments, kind, made).make().ifPresent(made::add);
                }
            }
        }
        return made;
    }

    /** Most claimants are in hospital once a year; some several times, so that deductibles, bands and caps matter. */
    private int stays() {
        int draw = random.nextInt(100);
        return draw < 85 ? 1 : draw < 96 ? 2 : draw < 99 ? 3 : 4;
    }

    /**
     * What a stay or treatment leaves the member to pay after medical insurance.
     *
     * @param medianPolicySelfPaid the policy self-paid part (政策范围内自付) in yuan, spread log-normally around this
     * @param outOfPolicyFrom      the out-of-policy part (政策范围外) as a share of the policy self-paid part, from
     * @param outOfPolicyTo        … to
     */
    private record SelfPaid(double medianPolicySelfPaid, double outOfPolicyFrom, double outOfPolicyTo) {
    }

    /** What intake would store for one claim, built step by step. */
    private final class Submission {

        private final MemberRecord member;
        private final EnrolmentRecord enrolment;
        private final List<EnrolmentRecord> memberEnrolments;
        private final Kind kind;
        private final List<ClaimRecord> earlier;
        private final PlanTerms terms;
        private final boolean female;
        private final boolean serious;

        Submission(MemberRecord member, boolean hardship, EnrolmentRecord enrolment,
                   List<EnrolmentRecord> memberEnrolments, Kind kind, List<ClaimRecord> earlier) {
            this.member = member;
            this.enrolment = enrolment;
            this.memberEnrolments = memberEnrolments;
            this.kind = kind;
            this.earlier = earlier;
            this.terms = CATALOGUE.terms(kind.plan);
            this.female = member.residentId().gender() == Gender.FEMALE;
            this.serious = kind == Kind.INPATIENT_STAY
                    && random.nextDouble() < (hardship ? SERIOUS_STAYS_WITH_HARDSHIP_FILE : SERIOUS_STAYS);
        }

        Optional<ClaimRecord> make() {
            Cause cause = switch (kind) {
                case INPATIENT_STAY -> random.nextDouble() < 0.15 ? Cause.ACCIDENT : Cause.ILLNESS;
                case ALLOWANCE_STAY, CRITICAL_DIAGNOSIS, FEMALE_DIAGNOSIS -> Cause.ILLNESS;
                case ACCIDENT_MEDICAL, ACCIDENT_DISABILITY, ACCIDENT_DEATH -> Cause.ACCIDENT;
            };
            int stayDays = switch (kind) {
                case INPATIENT_STAY -> 2 + (int) Math.round(Math.exp(random.nextGaussian() * 0.6 + 2.0));
                case ALLOWANCE_STAY -> 4 + (int) Math.round(Math.exp(random.nextGaussian() * 0.5 + 2.2));
                default -> 0;
            };
            int delay = 3 + random.nextInt(40);
            LocalDate earliest = enrolment.coverage().start();
            if (cause == Cause.ILLNESS && !enrolment.renewal()) {
                earliest = enrolment.chainStart().plusDays(terms.illnessWaitingDays());
            }
            if (kind == Kind.ACCIDENT_DEATH) {
                earliest = latest(earliest, lastDateOfEarlierClaims().plusDays(1));
            }
            LocalDate latest = min(enrolment.coverage().end(), parameters.asOf().minusDays(delay + stayDays));
            Optional<LocalDate> incident = dayBetween(earliest, latest, stayDays);
            if (incident.isEmpty()) {
                return Optional.empty();
            }
            LocalDate incidentDate = incident.get();
            LocalDate discharge = stayDays > 0 ? incidentDate.plusDays(stayDays) : null;
            LocalDate windowStart = discharge != null ? discharge : incidentDate;
            LocalDate submitted = windowStart.plusDays(delay);

            Defect defect = random.nextDouble() < REJECTED ? defect(windowStart) : Defect.NONE;
            if (defect == Defect.LATE) {
                submitted = windowStart.plusDays(terms.claimWindow().days() + 1 + random.nextInt(20));
            }
            ClaimNumber number = nextNumber(submitted.getYear());
            ClaimDraft draft = draft(number, cause, incidentDate, discharge, defect);
            List<Violation> violations = ClaimRuleSet.check(draft, context(submitted));
            if (violations.isEmpty() != (defect == Defect.NONE)) {
                throw new IllegalStateException("synthetic claim " + number + " (" + kind + ", defect " + defect
                        + ") was judged " + violations + " by the rule set");
            }
            return Optional.of(decided(number, draft, violations, submitted));
        }

        private ClaimDraft draft(ClaimNumber number, Cause cause, LocalDate incident, LocalDate discharge, Defect defect) {
            AccidentOutcome outcome = switch (kind) {
                case ACCIDENT_MEDICAL -> AccidentOutcome.MEDICAL;
                case ACCIDENT_DISABILITY -> AccidentOutcome.DISABILITY;
                case ACCIDENT_DEATH -> AccidentOutcome.DEATH;
                default -> null;
            };
            Integer grade = kind == Kind.ACCIDENT_DISABILITY ? disabilityGrade() : null;
            String diagnosis = defect == Defect.UNCOVERED_DIAGNOSIS ? SyntheticIdentities.pick(random, ILLNESSES.subList(0, 4))
                    : diagnosis(cause);
            List<Invoice> invoices = invoices(number, defect == Defect.UNBALANCED_INVOICE);
            EnumSet<DocumentCode> documents = EnumSet.noneOf(DocumentCode.class);
            documents.addAll(terms.requiredDocuments().forClaim(outcome));
            if (defect == Defect.MISSING_DOCUMENT) {
                documents.remove(SyntheticIdentities.pick(random, List.copyOf(documents)));
            }
            String hospital = discharge != null || !invoices.isEmpty() ? SyntheticIdentities.pick(random, HOSPITALS) : null;
            Complexity complexity = random.nextDouble() < 0.6 ? Complexity.SIMPLE
                    : random.nextDouble() < 0.9 ? Complexity.COMPLEX : Complexity.ESCALATED;
            return new ClaimDraft(member.memberNo(), kind.plan, cause, incident, discharge == null ? null : incident,
                    discharge, hospital, diagnosis, outcome, grade, invoices, documents, complexity);
        }

        private String diagnosis(Cause cause) {
            return switch (kind) {
                case INPATIENT_STAY, ALLOWANCE_STAY -> SyntheticIdentities.pick(random,
                        cause == Cause.ACCIDENT ? INJURIES : serious ? SERIOUS_ILLNESSES : ILLNESSES);
                case CRITICAL_DIAGNOSIS -> random.nextDouble() < 0.25
                        ? SyntheticIdentities.pick(random, female ? CRITICAL_ILLNESSES_OF_WOMEN : CRITICAL_ILLNESSES_OF_MEN)
                        : SyntheticIdentities.pick(random, CRITICAL_ILLNESSES);
                case FEMALE_DIAGNOSIS -> SyntheticIdentities.pick(random, FEMALE_DIAGNOSES);
                case ACCIDENT_MEDICAL, ACCIDENT_DISABILITY -> SyntheticIdentities.pick(random, INJURIES);
                case ACCIDENT_DEATH -> SyntheticIdentities.pick(random, FATAL_INJURIES);
            };
        }

        /** Grade 10 is the mildest and the most common. */
        private int disabilityGrade() {
            int draw = random.nextInt(100);
            return draw < 40 ? 10 : draw < 65 ? 9 : draw < 80 ? 8 : draw < 90 ? 7 : 2 + random.nextInt(5);
        }

        /** Hospital and accident-medical invoices: fund-paid, policy self-paid and out-of-policy parts that add up. */
        private List<Invoice> invoices(ClaimNumber number, boolean unbalanced) {
            SelfPaid bill = switch (kind) {
                case INPATIENT_STAY -> serious ? SERIOUS_STAY_BILL : COMMON_STAY_BILL;
                case ALLOWANCE_STAY -> ALLOWANCE_STAY_BILL;
                case ACCIDENT_MEDICAL -> ACCIDENT_TREATMENT_BILL;
                default -> null;
            };
            if (bill == null) {
                return List.of();
            }
            long policySelfPaid = fen(bill.medianPolicySelfPaid() * Math.exp(random.nextGaussian() * 0.7), 300, 150_000);
            long fundPaid = kind == Kind.ACCIDENT_MEDICAL ? 0 : (long) (policySelfPaid * (1.2 + random.nextDouble() * 1.5));
            long outOfPolicy = (long) (policySelfPaid
                    * (bill.outOfPolicyFrom() + random.nextDouble() * (bill.outOfPolicyTo() - bill.outOfPolicyFrom())));
            int count = kind == Kind.INPATIENT_STAY && random.nextDouble() < 0.3 ? 2 : 1;
            List<Invoice> invoices = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                boolean last = i == count - 1;
                double share = last ? 1 : 0.3 + random.nextDouble() * 0.4;
                long fund = last ? fundPaid : (long) (fundPaid * share);
                long policy = last ? policySelfPaid : (long) (policySelfPaid * share);
                long outside = last ? outOfPolicy : (long) (outOfPolicy * share);
                fundPaid -= fund;
                policySelfPaid -= policy;
                outOfPolicy -= outside;
                long total = fund + policy + outside + (unbalanced && last ? 100 : 0);
                invoices.add(new Invoice(invoiceNumber(number, i), Money.fen(total), Money.fen(fund), Money.fen(policy),
                        Money.fen(outside)));
            }
            return invoices;
        }

        /** The rule set's view of the member on the day of submission. */
        private ClaimContext context(LocalDate submitted) {
            List<ClaimContext.EnrolmentInPlan> inPlan = new ArrayList<>();
            for (int i = 0; i < memberEnrolments.size(); i++) {
                EnrolmentRecord e = memberEnrolments.get(i);
                if (e.plan() == kind.plan) {
                    inPlan.add(new ClaimContext.EnrolmentInPlan(i, e.coverage(), e.shares(), e.renewal(), e.chainStart(),
                            false, false));
                }
            }
            List<ClaimContext.OtherClaimStay> otherStays = earlier.stream()
                    .filter(ClaimRecord::holdsInvoicesAndStay)
                    .flatMap(c -> c.draft().hospitalStay().map(s -> new ClaimContext.OtherClaimStay(c.claimNumber(), s)).stream())
                    .toList();
            return new ClaimContext(new ClaimContext.Claimant(member.residentId().gender(), member.bankCard().number(), inPlan),
                    terms, Set.of(), otherStays, submitted);
        }

        private ClaimRecord decided(ClaimNumber number, ClaimDraft draft, List<Violation> violations, LocalDate submitted) {
            Instant submittedAt = submitted.atTime(LocalTime.of(8, 30).plusMinutes(random.nextInt(8 * 60)))
                    .atZone(BusinessDate.ZONE).toInstant();
            LocalDate due = WEEKDAYS.dueDate(submitted, draft.complexity());
            String clerk = CLERKS[random.nextInt(CLERKS.length)];
            ClaimStatus status;
            if (!violations.isEmpty()) {
                status = ClaimStatus.REJECTED;
            } else if (submitted.isAfter(parameters.asOf().minusDays(DAYS_IN_REVIEW)) && random.nextDouble() >= REVIEWED_EARLY) {
                status = ClaimStatus.VALIDATED;
            } else {
                status = random.nextDouble() < DECLINED ? ClaimStatus.DECLINED : ClaimStatus.APPROVED;
            }
            if (status != ClaimStatus.APPROVED && status != ClaimStatus.DECLINED) {
                return new ClaimRecord(number, draft, status, violations, enrolment.coverage(), submittedAt, due, clerk,
                        null, null, null);
            }
            Instant reviewedAt = submittedAt.plus(Duration.ofMinutes(60 + random.nextInt(3 * 24 * 60)));
            Instant endOfAsOf = parameters.asOf().plusDays(1).atStartOfDay(BusinessDate.ZONE).toInstant();
            if (!reviewedAt.isBefore(endOfAsOf)) {
                reviewedAt = submittedAt.plus(Duration.ofMinutes(30));
            }
            String reason = status == ClaimStatus.APPROVED ? APPROVAL_NOTE : SyntheticIdentities.pick(random, DECLINE_REASONS);
            return new ClaimRecord(number, draft, status, violations, enrolment.coverage(), submittedAt, due, clerk,
                    REVIEWER, reviewedAt, reason);
        }

        /** A defect that this claim can have; a late submission only if the window closed before asOf. */
        private Defect defect(LocalDate windowStart) {
            List<Defect> possible = new ArrayList<>(List.of(Defect.MISSING_DOCUMENT));
            if (kind.plan.needsHospitalStay() || kind == Kind.ACCIDENT_MEDICAL) {
                possible.add(Defect.UNBALANCED_INVOICE);
            }
            if (kind == Kind.CRITICAL_DIAGNOSIS) {
                possible.add(Defect.UNCOVERED_DIAGNOSIS);
            }
            if (terms.claimWindow().lastDayAfter(windowStart).plusDays(21).isBefore(parameters.asOf())) {
                possible.add(Defect.LATE);
            }
            return SyntheticIdentities.pick(random, possible);
        }

        /** A day in [from, to] whose stay of {@code stayDays} overlaps none of the member's other stays. */
        private Optional<LocalDate> dayBetween(LocalDate from, LocalDate to, int stayDays) {
            long span = ChronoUnit.DAYS.between(from, to);
            for (int attempt = 0; span >= 0 && attempt < 5; attempt++) {
                LocalDate day = from.plusDays(random.nextLong(span + 1));
                HospitalStay stay = new HospitalStay(day, day.plusDays(stayDays));
                boolean free = stayDays == 0 || earlier.stream()
                        .flatMap(c -> c.draft().hospitalStay().stream()).noneMatch(stay::overlaps);
                if (free) {
                    return Optional.of(day);
                }
            }
            return Optional.empty();
        }

        private LocalDate lastDateOfEarlierClaims() {
            return earlier.stream()
                    .map(c -> c.draft().dischargeDate() != null ? c.draft().dischargeDate() : c.draft().incidentDate())
                    .max(Comparator.naturalOrder()).orElse(LocalDate.MIN);
        }
    }

    /** What is wrong with a claim meant to be REJECTED. */
    private enum Defect { NONE, MISSING_DOCUMENT, UNBALANCED_INVOICE, UNCOVERED_DIAGNOSIS, LATE }

    private ClaimNumber nextNumber(int year) {
        int sequence = lastSequence.merge(year, parameters.firstClaimSequence(), (last, first) -> last + 1);
        return new ClaimNumber(year, sequence);
    }

    /** Invoice numbers follow the claim number, so they are unique wherever the claim number is. */
    private static String invoiceNumber(ClaimNumber claim, int position) {
        return "3605" + claim.value().substring(2) + "%02d".formatted(position + 1);
    }

    private static long fen(double yuan, long minYuan, long maxYuan) {
        return Math.round(Math.max(minYuan, Math.min(maxYuan, yuan)) * 100);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}

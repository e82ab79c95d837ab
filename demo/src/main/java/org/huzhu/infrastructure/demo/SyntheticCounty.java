package org.huzhu.infrastructure.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.huzhu.domain.model.member.HardshipLevel;
import org.huzhu.domain.model.member.MemberCategory;
import org.huzhu.domain.model.member.Payer;
import org.huzhu.domain.model.plan.PlanCatalogue;
import org.huzhu.domain.model.plan.PlanCode;
import org.huzhu.domain.model.shared.CoveragePeriod;
import org.huzhu.domain.model.shared.ResidentId;
import org.huzhu.infrastructure.demo.CountyRecord.EnrolmentRecord;
import org.huzhu.infrastructure.demo.CountyRecord.HardshipFileRecord;
import org.huzhu.infrastructure.demo.CountyRecord.MemberRecord;
import org.huzhu.infrastructure.demo.CountyRecord.UnitRecord;

/**
 * A synthetic county shaped after a real one's three published years: about 33,000 members a year
 * in about 300 units, each with a few plans of SPEC.md §3 renewed year after year, 3,602 new-form
 * workers given free cover, a few hundred hardship files and the claims of {@link SyntheticClaims}.
 * Everything scales with {@link CountyParameters#scale()}.
 * <p>
 * {@link #records()} streams the county unit by unit, so only one unit is ever held in memory, and
 * the same parameters give the same records in the same order.
 */
public final class SyntheticCounty {

    static final int UNITS = 300;
    static final int PLATFORM_UNITS = 10;
    static final int EMPLOYEES_IN_FIRST_YEAR = 31_460;
    static final int FREE_COVER_WORKERS = 3_602;
    /** Share of a year's members who stay on the next year; those who leave are replaced by newcomers. */
    static final double STAYING = 0.92;
    /** Share of leavers who come back after a year away, as a new enrolment rather than a renewal. */
    static final double RETURNING = 0.15;
    static final double WOMEN = 0.44;
    static final double HARDSHIP_FILES = 0.009;
    static final double PAID_BY_MEMBER = 0.15;
    static final double PUBLIC_UNITS = 0.25;

    /** Each plan's take-up among employees, and its shares 1, 2 and 3 by weight. */
    private static final Map<PlanCode, Double> TAKE_UP = new EnumMap<>(Map.of(
            PlanCode.INPATIENT, 0.63, PlanCode.ALLOWANCE, 0.07, PlanCode.CRITICAL, 0.11,
            PlanCode.FEMALE, 0.40, PlanCode.ACCIDENT, 0.36));
    private static final int[] SHARE_WEIGHTS = {80, 14, 6};
    private static final double CHANGING_SHARES = 0.05;
    private static final PlanCatalogue CATALOGUE = PlanCatalogue.defaults();

    private final CountyParameters parameters;

    public SyntheticCounty(CountyParameters parameters) {
        this.parameters = parameters;
    }

    public CountyParameters parameters() {
        return parameters;
    }

    /** The county, unit by unit, parents before children. Each call starts the same county afresh. */
    public Stream<CountyRecord> records() {
        Generation generation = new Generation();
        return IntStream.range(0, generation.unitSizes.length).mapToObj(generation::unit).flatMap(List::stream);
    }

    /** The state of one pass over the county: the numbers handed out so far and the claim quotas. */
    private final class Generation {

        private final int[] unitSizes;
        private final int[] freeCoverPerUnit;
        private final SyntheticClaims claims;
        private long nextMemberNumber = parameters.firstMemberNumber();

        Generation() {
            SplittableRandom random = new SplittableRandom(parameters.seed());
            int units = Math.max(1, (int) Math.round(UNITS * parameters.scale()));
            int platforms = Math.max(1, (int) Math.round(PLATFORM_UNITS * parameters.scale()));
            unitSizes = apportion(random, units, (int) Math.round(EMPLOYEES_IN_FIRST_YEAR * parameters.scale()), true);
            freeCoverPerUnit = new int[units];
            int[] perPlatform = apportion(random, platforms, (int) Math.round(FREE_COVER_WORKERS * parameters.scale()), false);
            // platforms come last, after the employers proper
            System.arraycopy(perPlatform, 0, freeCoverPerUnit, units - Math.min(platforms, units), Math.min(platforms, units));
            claims = new SyntheticClaims(parameters, random.split());
        }

        List<CountyRecord> unit(int index) {
            SplittableRandom random = new SplittableRandom(parameters.seed() * 1_000_003L + index);
            String code = parameters.unitCodePrefix() + "%04d".formatted(index + 1);
            boolean platform = freeCoverPerUnit[index] > 0;
            boolean publicInstitution = !platform && random.nextDouble() < PUBLIC_UNITS;
            String name = platform ? SyntheticIdentities.platformName(random)
                    : publicInstitution ? SyntheticIdentities.publicUnitName(random)
                    : SyntheticIdentities.firmName(random);
            List<CountyRecord> records = new ArrayList<>();
            records.add(new UnitRecord(code, name, SyntheticIdentities.creditCode(code, publicInstitution)));
            int first = parameters.firstPlanYear();
            for (int i = 0; i < unitSizes[index]; i++) {
                employee(random, code, first, records);
            }
            for (int year = first + 1; year <= parameters.lastPlanYear(); year++) {
                int newcomers = (int) Math.round(unitSizes[index] * (1 - STAYING) + random.nextDouble() - 0.5);
                for (int i = 0; i < newcomers; i++) {
                    employee(random, code, year, records);
                }
            }
            for (int i = 0; i < freeCoverPerUnit[index]; i++) {
                freeCoverWorker(random, code, records);
            }
            return records;
        }

        private void employee(SplittableRandom random, String unitCode, int firstYear, List<CountyRecord> records) {
            boolean female = random.nextDouble() < WOMEN;
            MemberRecord member = member(random, unitCode, firstYear, female, MemberCategory.EMPLOYEE, false);
            records.add(member);
            List<Integer> years = yearsOfMembership(random, firstYear);
            boolean hardship = random.nextDouble() < HARDSHIP_FILES;
            if (hardship) {
                HardshipLevel level = random.nextDouble() < 0.3 ? HardshipLevel.DEEP : HardshipLevel.RELATIVE;
                years.forEach(year -> records.add(new HardshipFileRecord(member.memberNo(), level, calendarYear(year))));
            }
            Payer payer = random.nextDouble() < PAID_BY_MEMBER ? Payer.MEMBER : Payer.UNIT;
            List<EnrolmentRecord> enrolments = new ArrayList<>();
            for (PlanCode plan : chosenPlans(random, female, hardship)) {
                int shares = shares(random);
                int previousYear = Integer.MIN_VALUE;
                LocalDate chainStart = null;
                for (int year : years) {
                    if (random.nextDouble() < CHANGING_SHARES) {
                        shares = shares(random);
                    }
                    CoveragePeriod coverage = calendarYear(year);
                    boolean renewal = year == previousYear + 1;
                    chainStart = renewal ? chainStart : coverage.start();
                    enrolments.add(enrolment(member, plan, shares, coverage, payer, renewal, chainStart));
                    previousYear = year;
                }
            }
            records.addAll(enrolments);
            records.addAll(claims.of(member, hardship, enrolments));
        }

        /** A new-form worker registered with free cover: a year of ACCIDENT and CRITICAL, one share each, from registration. */
        private void freeCoverWorker(SplittableRandom random, String unitCode, List<CountyRecord> records) {
            LocalDate firstDay = LocalDate.of(parameters.firstPlanYear(), 1, 1);
            LocalDate registered = firstDay.plusDays(random.nextLong(ChronoUnit.DAYS.between(firstDay, parameters.asOf()) + 1));
            boolean female = random.nextDouble() < 0.15;
            MemberRecord member = member(random, unitCode, registered.getYear(), female, MemberCategory.NEW_FORM, true);
            records.add(member);
            CoveragePeriod year = new CoveragePeriod(registered, registered.plusYears(1).minusDays(1));
            List<EnrolmentRecord> enrolments = List.of(
                    enrolment(member, PlanCode.CRITICAL, 1, year, Payer.UNION, false, registered),
                    enrolment(member, PlanCode.ACCIDENT, 1, year, Payer.UNION, false, registered));
            records.addAll(enrolments);
            records.addAll(claims.of(member, false, enrolments));
        }

        private MemberRecord member(SplittableRandom random, String unitCode, int firstYear, boolean female,
                                    MemberCategory category, boolean freeCover) {
            long number = nextMemberNumber++;
            // age on 1 January of the first plan year 18 to 57, so still at most 59 at the start of the last one
            int age = 18 + (int) ((random.nextDouble() + random.nextDouble()) / 2 * 39);
            ResidentId id = SyntheticIdentities.residentId(number, firstYear - age - 1, female);
            int bank = SyntheticIdentities.bankIndex(random);
            return new MemberRecord("M%08d".formatted(number), unitCode, SyntheticIdentities.personName(random, female),
                    id, SyntheticIdentities.phone(random), SyntheticIdentities.bankCard(bank, number),
                    SyntheticIdentities.bankName(bank), category, freeCover);
        }

        private List<Integer> yearsOfMembership(SplittableRandom random, int firstYear) {
            List<Integer> years = new ArrayList<>(List.of(firstYear));
            boolean member = true;
            for (int year = firstYear + 1; year <= parameters.lastPlanYear(); year++) {
                boolean wasAway = !member;
                member = member ? random.nextDouble() < STAYING : wasAway && random.nextDouble() < RETURNING;
                if (member) {
                    years.add(year);
                } else if (wasAway) {
                    break;
                }
            }
            return years;
        }

        private List<PlanCode> chosenPlans(SplittableRandom random, boolean female, boolean hardship) {
            List<PlanCode> plans = new ArrayList<>();
            for (PlanCode plan : PlanCode.values()) {
                // the union sees to it that members with a hardship file have inpatient cover: illness is the usual cause
                if ((female || plan != PlanCode.FEMALE)
                        && (random.nextDouble() < TAKE_UP.get(plan) || hardship && plan == PlanCode.INPATIENT)) {
                    plans.add(plan);
                }
            }
            // every member is enrolled in something; a county's basic offer is inpatient cover
            return plans.isEmpty() ? List.of(PlanCode.INPATIENT) : plans;
        }

        private int shares(SplittableRandom random) {
            int draw = random.nextInt(100);
            for (int shares = 1; shares <= SHARE_WEIGHTS.length; shares++) {
                draw -= SHARE_WEIGHTS[shares - 1];
                if (draw < 0) {
                    return shares;
                }
            }
            throw new IllegalStateException("share weights do not add up to 100");
        }

        private EnrolmentRecord enrolment(MemberRecord member, PlanCode plan, int shares, CoveragePeriod coverage,
                                          Payer payer, boolean renewal, LocalDate chainStart) {
            return new EnrolmentRecord(member.memberNo(), plan, shares, coverage,
                    CATALOGUE.terms(plan).contributionPerShare().times(shares), payer, renewal, chainStart);
        }
    }

    private static CoveragePeriod calendarYear(int year) {
        return new CoveragePeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /**
     * Splits {@code total} over {@code parts}: by a skewed distribution when {@code skewed} (a county
     * has a few large employers and many small ones), else evenly, by largest remainders so that the
     * parts add up to the total exactly.
     */
    private static int[] apportion(SplittableRandom random, int parts, int total, boolean skewed) {
        double[] weights = new double[parts];
        double sum = 0;
        for (int i = 0; i < parts; i++) {
            weights[i] = skewed ? Math.exp(random.nextGaussian() * 1.1) : 1;
            sum += weights[i];
        }
        int[] sizes = new int[parts];
        double[] remainders = new double[parts];
        int given = 0;
        for (int i = 0; i < parts; i++) {
            double exact = total * weights[i] / sum;
            sizes[i] = (int) exact;
            remainders[i] = exact - sizes[i];
            given += sizes[i];
        }
        List<Integer> byRemainder = IntStream.range(0, parts).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> remainders[i]).reversed()).toList();
        for (int i = 0; given < total; i++, given++) {
            sizes[byRemainder.get(i)]++;
        }
        return sizes;
    }
}

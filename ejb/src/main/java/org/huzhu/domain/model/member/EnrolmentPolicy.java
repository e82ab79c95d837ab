package org.huzhu.domain.model.member;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.huzhu.domain.model.plan.PlanTerms;
import org.huzhu.domain.model.shared.CoveragePeriod;
import org.huzhu.domain.model.shared.Gender;
import org.huzhu.domain.model.shared.ResidentId;
import org.huzhu.domain.model.shared.Violation;

/**
 * Who may be enrolled in a plan, and when an enrolment continues an earlier one (SPEC.md §3).
 * Every problem is reported, so a roster row lists all its faults at once. Fields are those of
 * the {@code POST /enrollments} body.
 */
public final class EnrolmentPolicy {

    public static final String SHARES_OUT_OF_RANGE = "E01";
    public static final String AGE_OUT_OF_RANGE = "E02";
    public static final String WOMEN_ONLY = "E03";
    public static final String OVERLAPPING_ENROLMENT = "E04";

    /** A renewal starts at most this many days after the previous enrolment in the plan ended. */
    public static final int RENEWAL_GAP_DAYS = 30;

    private EnrolmentPolicy() {
    }

    /**
     * @param otherEnrolmentsInPlan the member's other enrolments in the same plan
     * @return every rule the enrolment breaks; empty when it may be made
     */
    public static List<Violation> check(PlanTerms terms, ResidentId member, int shares, CoveragePeriod coverage,
                                        Collection<CoveragePeriod> otherEnrolmentsInPlan) {
        List<Violation> violations = new ArrayList<>(checkShares(terms, shares));
        String planName = terms.plan().chineseName();
        if (coverage.start().isBefore(member.birthDate())) {
            violations.add(new Violation(AGE_OUT_OF_RANGE, "coverageStart",
                    "保障起始日 " + coverage.start() + " 早于会员出生日期",
                    "coverage starts on " + coverage.start() + ", before the member was born"));
        } else if (!terms.eligibleAges().contains(member.ageOn(coverage.start()))) {
            int age = member.ageOn(coverage.start());
            violations.add(new Violation(AGE_OUT_OF_RANGE, "memberNo",
                    "保障起始日 " + coverage.start() + " 时会员" + age + "周岁，不在" + terms.eligibleAges() + "周岁之间",
                    "the member is " + age + " on " + coverage.start() + ", outside ages " + terms.eligibleAges()));
        }
        if (terms.womenOnly() && member.gender() != Gender.FEMALE) {
            violations.add(new Violation(WOMEN_ONLY, "planCode",
                    planName + "仅限女职工参加", terms.plan() + " is for women only"));
        }
        otherEnrolmentsInPlan.stream()
                .filter(coverage::overlaps)
                .min(Comparator.comparing(CoveragePeriod::start))
                .ifPresent(other -> violations.add(new Violation(OVERLAPPING_ENROLMENT, "coverageStart",
                        "与已有参保期 " + other.start() + " 至 " + other.end() + " 重叠",
                        "overlaps the enrolment from " + other.start() + " to " + other.end())));
        return List.copyOf(violations);
    }

    /** The one rule that needs no member: a roster row whose resident ID is wrong still learns about its shares. */
    public static List<Violation> checkShares(PlanTerms terms, int shares) {
        if (terms.allowsShares(shares)) {
            return List.of();
        }
        return List.of(new Violation(SHARES_OUT_OF_RANGE, "shares",
                terms.plan().chineseName() + "每人可参加1至" + terms.maxShares() + "份，不能参加" + shares + "份",
                terms.plan() + " allows 1 to " + terms.maxShares() + " shares, not " + shares));
    }

    /** Whether an enrolment from {@code coverage} renews one of the member's earlier enrolments in the plan. */
    public static boolean isRenewal(Collection<CoveragePeriod> previousInPlan, CoveragePeriod coverage) {
        return renewed(previousInPlan, coverage).isPresent();
    }

    /**
     * Where the renewal chain of {@code coverage} starts: the start of the first enrolment in an
     * unbroken line of renewals, or its own start when it is no renewal. FEMALE counts its
     * waiting period and benefit tiers from here.
     */
    public static LocalDate chainStart(Collection<CoveragePeriod> previousInPlan, CoveragePeriod coverage) {
        CoveragePeriod first = coverage;
        for (Optional<CoveragePeriod> earlier = renewed(previousInPlan, first); earlier.isPresent();
                earlier = renewed(previousInPlan, first)) {
            first = earlier.get();
        }
        return first.start();
    }

    private static Optional<CoveragePeriod> renewed(Collection<CoveragePeriod> previousInPlan, CoveragePeriod coverage) {
        return previousInPlan.stream()
                .filter(previous -> previous.isFollowedWithin(coverage, RENEWAL_GAP_DAYS))
                .max(Comparator.comparing(CoveragePeriod::end));
    }
}

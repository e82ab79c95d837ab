package org.huzhu.domain.model.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.huzhu.domain.model.plan.PlanCatalogue;
import org.huzhu.domain.model.plan.PlanCode;
import org.huzhu.domain.model.plan.PlanTerms;
import org.huzhu.domain.model.shared.CoveragePeriod;
import org.huzhu.domain.model.shared.ResidentId;
import org.huzhu.domain.model.shared.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnrolmentPolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 14);
    private static final PlanCatalogue CATALOGUE = PlanCatalogue.defaults();
    private static final PlanTerms INPATIENT = CATALOGUE.terms(PlanCode.INPATIENT);
    private static final PlanTerms FEMALE = CATALOGUE.terms(PlanCode.FEMALE);
    /** A man born 1970-06-15. */
    private static final ResidentId MAN = ResidentId.parse("360502197006150012", TODAY);
    /** A woman born 1970-06-15. */
    private static final ResidentId WOMAN = ResidentId.parse("360502197006150020", TODAY);
    private static final CoveragePeriod YEAR_2026 = year(2026);

    private static CoveragePeriod year(int year) {
        return new CoveragePeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    private static CoveragePeriod period(String start, String end) {
        return new CoveragePeriod(LocalDate.parse(start), LocalDate.parse(end));
    }

    private static List<String> codes(List<Violation> violations) {
        return violations.stream().map(Violation::code).toList();
    }

    @Test
    void anEligibleMemberMayEnrol() {
        assertEquals(List.of(), EnrolmentPolicy.check(INPATIENT, MAN, 3, YEAR_2026, List.of(year(2025))));
        assertEquals(List.of(), EnrolmentPolicy.check(FEMALE, WOMAN, 1, YEAR_2026, List.of()));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 4, -1})
    void sharesRunFromOneToThePlansMaximum(int shares) {
        List<Violation> violations = EnrolmentPolicy.check(INPATIENT, MAN, shares, YEAR_2026, List.of());

        assertEquals(List.of(new Violation("E01", "shares",
                "住院医疗互助保障每人可参加1至3份，不能参加" + shares + "份",
                "INPATIENT allows 1 to 3 shares, not " + shares)), violations);
    }

    @Test
    void accidentAllowsFiveShares() {
        PlanTerms accident = CATALOGUE.terms(PlanCode.ACCIDENT);

        assertEquals(List.of(), EnrolmentPolicy.check(accident, MAN, 5, YEAR_2026, List.of()));
        assertEquals(List.of("E01"), codes(EnrolmentPolicy.check(accident, MAN, 6, YEAR_2026, List.of())));
    }

    @Test
    void ageAtCoverageStartIsSixteenToSixtyBothIncluded() {
        // born 1970-06-15: 60 until 2031-06-14, 61 from 2031-06-15
        assertEquals(List.of(), EnrolmentPolicy.check(INPATIENT, MAN, 1, period("2031-06-14", "2032-06-13"), List.of()));
        List<Violation> tooOld = EnrolmentPolicy.check(INPATIENT, MAN, 1, period("2031-06-15", "2032-06-14"), List.of());
        assertEquals(List.of(new Violation("E02", "memberNo",
                "保障起始日 2031-06-15 时会员61周岁，不在16–60周岁之间",
                "the member is 61 on 2031-06-15, outside ages 16–60")), tooOld);

        ResidentId bornIn2010 = ResidentId.parse("360502201003151238", TODAY);
        assertEquals(List.of("E02"),
                codes(EnrolmentPolicy.check(INPATIENT, bornIn2010, 1, period("2026-03-14", "2027-03-13"), List.of())));
        assertEquals(List.of(),
                EnrolmentPolicy.check(INPATIENT, bornIn2010, 1, period("2026-03-15", "2027-03-14"), List.of()));
    }

    @Test
    void coverageCannotStartBeforeBirth() {
        ResidentId bornIn2010 = ResidentId.parse("360502201003151238", TODAY);

        List<Violation> violations = EnrolmentPolicy.check(INPATIENT, bornIn2010, 1, year(2009), List.of());

        assertEquals(List.of(new Violation("E02", "coverageStart", "保障起始日 2009-01-01 早于会员出生日期",
                "coverage starts on 2009-01-01, before the member was born")), violations);
    }

    @Test
    void femaleIsForWomenOnly() {
        assertEquals(List.of(new Violation("E03", "planCode", "女职工特殊疾病互助保障仅限女职工参加",
                "FEMALE is for women only")), EnrolmentPolicy.check(FEMALE, MAN, 1, YEAR_2026, List.of()));
    }

    @Test
    void twoEnrolmentsInOnePlanMayNotShareEvenADay() {
        assertEquals(List.of(new Violation("E04", "coverageStart", "与已有参保期 2025-07-01 至 2026-01-01 重叠",
                        "overlaps the enrolment from 2025-07-01 to 2026-01-01")),
                EnrolmentPolicy.check(INPATIENT, MAN, 1, YEAR_2026, List.of(period("2025-07-01", "2026-01-01"))));
        assertEquals(List.of(),
                EnrolmentPolicy.check(INPATIENT, MAN, 1, YEAR_2026, List.of(period("2025-07-01", "2025-12-31"))));
    }

    @Test
    void reportsEveryProblemAtOnce() {
        ResidentId manBornOn19650315 = ResidentId.parse("360502196503151230", TODAY);

        List<Violation> violations = EnrolmentPolicy.check(FEMALE, manBornOn19650315, 4,
                period("2026-03-15", "2027-03-14"), List.of(period("2026-06-01", "2027-05-31")));

        assertEquals(List.of("E01", "E02", "E03", "E04"), codes(violations));
    }

    @Test
    void aRenewalStartsAtMostThirtyDaysAfterThePreviousEnrolmentEnded() {
        List<CoveragePeriod> previous = List.of(year(2025));

        assertTrue(EnrolmentPolicy.isRenewal(previous, YEAR_2026));
        assertTrue(EnrolmentPolicy.isRenewal(previous, period("2026-01-30", "2027-01-29")));
        assertFalse(EnrolmentPolicy.isRenewal(previous, period("2026-01-31", "2027-01-30")));
        assertFalse(EnrolmentPolicy.isRenewal(List.of(), YEAR_2026));
        assertFalse(EnrolmentPolicy.isRenewal(List.of(year(2027)), YEAR_2026));
    }

    @Test
    void theChainStartsWithTheFirstEnrolmentOfUnbrokenRenewals() {
        List<CoveragePeriod> previous = List.of(year(2022), period("2024-01-15", "2024-12-31"), year(2025));

        assertEquals(LocalDate.of(2024, 1, 15), EnrolmentPolicy.chainStart(previous, YEAR_2026));
        assertEquals(LocalDate.of(2024, 1, 15), EnrolmentPolicy.chainStart(previous, year(2025)));
        assertEquals(LocalDate.of(2022, 1, 1), EnrolmentPolicy.chainStart(previous, year(2023)));
        assertEquals(LocalDate.of(2028, 1, 1), EnrolmentPolicy.chainStart(previous, year(2028)));
    }
}

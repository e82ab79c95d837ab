package org.huzhu.domain.model.member.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.huzhu.domain.model.member.MemberCategory;
import org.huzhu.domain.model.member.Payer;
import org.huzhu.domain.model.plan.PlanCatalogue;
import org.huzhu.domain.model.plan.PlanCode;
import org.huzhu.domain.model.shared.BankCard;
import org.huzhu.domain.model.shared.CoveragePeriod;
import org.huzhu.domain.model.shared.InvalidValueException;
import org.huzhu.domain.model.shared.ResidentId;
import org.huzhu.domain.model.shared.Violation;
import org.junit.jupiter.api.Test;

class RosterRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 14);
    private static final List<String> ENGLISH = List.of("name", "idNumber", "phone", "bankCard", "bankName", "category",
            "freeCover", "planCode", "shares", "coverageStart", "coverageEnd", "payer");
    private static final String MAN = "360502197006150012";
    private static final String WOMAN = "360502197006150020";
    private static final String CARD = "622202020011223344" + BankCard.checkDigitFor("622202020011223344");
    private static final String WRONG_CARD = "622202020011223344" + (char) ((CARD.charAt(18) - '0' + 1) % 10 + '0');

    private static final String UNIT = "U-ROSTER";

    private final Map<ResidentId, List<ExistingEnrolment>> database = new HashMap<>();
    private final Map<ResidentId, String> unitOfMember = new HashMap<>();
    private final RosterContext context = new RosterContext() {
        @Override
        public Optional<String> unitOf(ResidentId member) {
            return Optional.ofNullable(unitOfMember.get(member));
        }

        @Override
        public PlanInForce plan(PlanCode plan, int planYear) {
            return new PlanInForce(100 + plan.ordinal(), PlanCatalogue.defaults().terms(plan));
        }

        @Override
        public List<ExistingEnrolment> enrolmentsOf(ResidentId member) {
            return database.getOrDefault(member, List.of());
        }
    };
    private final RosterRules rules = new RosterRules(RosterLayout.of(ENGLISH), context, UNIT, TODAY);

    /** A row in the English layout; {@code cells} are name, idNumber, … payer. */
    private static RosterRow row(int number, String... cells) {
        return new RosterRow(number, List.of(cells));
    }

    private static RosterRow employee(int number, String id, String plan, String shares, String start, String end) {
        return row(number, "张三", id, "13800138000", CARD, "中国工商银行", "EMPLOYEE", "", plan, shares, start, end, "UNIT");
    }

    private List<String> codesOf(RosterRow row) {
        return assertThrows(RowRejected.class, () -> rules.check(row)).codes();
    }

    @Test
    void aValidRowIsAMemberAndAnEnrolmentWithItsContribution() {
        RosterEntry entry = rules.check(employee(2, MAN, "INPATIENT", "2", "2026-01-01", "2026-12-31"));

        assertEquals(2, entry.rowNumber());
        assertEquals("张三", entry.name());
        assertEquals(MAN, entry.residentId().value());
        assertEquals("13800138000", entry.phone().number());
        assertEquals(CARD, entry.bankCard().number());
        assertEquals(MemberCategory.EMPLOYEE, entry.category());
        RosterEntry.NewEnrolment enrolment = entry.enrolments().getFirst();
        assertEquals(List.of(PlanCode.INPATIENT, 100L, 2, "60", Payer.UNIT, false, LocalDate.of(2026, 1, 1)),
                List.of(enrolment.plan(), enrolment.planVersionId(), enrolment.shares(),
                        enrolment.contribution().amount().stripTrailingZeros().toPlainString(), enrolment.payer(),
                        enrolment.renewal(), enrolment.chainStart()));
        assertEquals(new CoveragePeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)), enrolment.coverage());
    }

    @Test
    void aMemberOfAnotherUnitIsNeitherMovedNorChangedButAskedFor() {
        unitOfMember.put(ResidentId.parse(MAN, TODAY), "U-OTHER");
        unitOfMember.put(ResidentId.parse(WOMAN, TODAY), UNIT);

        RowRejected rejected = assertThrows(RowRejected.class,
                () -> rules.check(employee(2, MAN, "INPATIENT", "1", "2026-01-01", "")));
        assertEquals(List.of(RosterRules.UNIT_MOVE), rejected.codes());
        assertTrue(rejected.violations().getFirst().messageZh().contains("U-OTHER"), rejected::toString);
        assertEquals(Optional.of(ResidentId.parse(MAN, TODAY)), rejected.memberOfAnotherUnit());

        assertEquals(WOMAN, rules.check(employee(3, WOMAN, "INPATIENT", "1", "2026-01-01", "")).residentId().value(),
                "a member of the roster's own unit is updated as before");
        RowRejected otherFault = assertThrows(RowRejected.class, () -> rules.check(employee(4, WOMAN, "DENTAL", "1",
                "2026-01-01", "")));
        assertTrue(otherFault.memberOfAnotherUnit().isEmpty(), "only UNIT_MOVE asks for a move");
    }

    @Test
    void chineseWordsAndDefaultsAreUnderstood() {
        RosterRules chinese = new RosterRules(RosterLayout.of(List.of("姓名", "身份证号", "人员类别", "参保计划",
                "保障起始日", "缴费方")), context, UNIT, TODAY);

        RosterEntry entry = chinese.check(row(2, "李四", "360502197006150020", "职工", "女职工特殊疾病互助保障",
                "2026年4月1日", "个人"));

        RosterEntry.NewEnrolment enrolment = entry.enrolments().getFirst();
        assertEquals(PlanCode.FEMALE, enrolment.plan());
        assertEquals(1, enrolment.shares());
        assertEquals(Payer.MEMBER, enrolment.payer());
        assertEquals(new CoveragePeriod(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31)), enrolment.coverage());
        assertEquals(null, entry.phone());
        assertEquals(null, entry.bankCard());
    }

    @Test
    void aNewFormWorkerWithFreeCoverGetsOneUnionPaidShareOfAccidentAndCritical() {
        RosterEntry entry = rules.check(row(2, "王五", MAN, "", "", "", "新就业形态", "是", "", "", "", "", ""));

        assertTrue(entry.freeCover());
        assertEquals(List.of(PlanCode.ACCIDENT, PlanCode.CRITICAL),
                entry.enrolments().stream().map(RosterEntry.NewEnrolment::plan).toList());
        CoveragePeriod year = new CoveragePeriod(TODAY, TODAY.plusYears(1).minusDays(1));
        entry.enrolments().forEach(e -> {
            assertEquals(1, e.shares());
            assertEquals(Payer.UNION, e.payer());
            assertEquals(year, e.coverage());
        });
    }

    @Test
    void freeCoverStartsWithTheRowsOwnEnrolment() {
        RosterEntry entry = rules.check(row(2, "王五", MAN, "", "", "", "NEW_FORM", "yes", "INPATIENT", "1",
                "2026-05-01", "", "MEMBER"));

        assertEquals(3, entry.enrolments().size());
        assertTrue(entry.enrolments().stream().allMatch(e -> e.coverage().start().equals(LocalDate.of(2026, 5, 1))));
    }

    @Test
    void aRowWithEveryCellWrongReportsEveryRule() {
        List<String> codes = codesOf(row(7, " ", "360502197006150013", "12345", WRONG_CARD, "x".repeat(101),
                "临时工", "也许", "XYZ", "two", "2026-13-01", "someday", "老板"));

        assertEquals(List.of("NAME", "V01", "MOBILE_PHONE", "V13", "BANK_NAME", "CATEGORY", "FREE_COVER", "PLAN", "SHARES",
                "COVERAGE", "COVERAGE", "PAYER"), codes);
    }

    @Test
    void enrolmentRulesAreReportedTogether() {
        assertEquals(List.of("E01", "E03"), codesOf(employee(2, MAN, "FEMALE", "5", "2026-01-01", "")));
        String child = "36050220150615001" + ResidentId.checkCharacterFor("36050220150615001");
        assertEquals(List.of("E02"), codesOf(employee(3, child, "INPATIENT", "1", "2026-01-01", "")));
        assertEquals(List.of("E02"), codesOf(employee(4, MAN, "INPATIENT", "1", "1960-01-01", "")));
    }

    @Test
    void anEnrolmentOverlappingAnotherOfTheMemberIsE04() {
        enrolled(MAN, PlanCode.INPATIENT, "2026-01-01", "2026-12-31", 1, Payer.UNIT);

        assertEquals(List.of("E04"), codesOf(employee(2, MAN, "INPATIENT", "2", "2026-01-01", "2026-12-31")));
    }

    @Test
    void theSameEnrolmentAgainIsNeitherMadeNorAnError() {
        enrolled(MAN, PlanCode.INPATIENT, "2026-01-01", "2026-12-31", 2, Payer.UNIT);

        RosterEntry entry = rules.check(employee(2, MAN, "INPATIENT", "2", "2026-01-01", "2026-12-31"));

        assertTrue(entry.enrolments().isEmpty());
        assertEquals(1, entry.alreadyEnrolled());
    }

    @Test
    void freeCoverGivenAlreadyIsNotGivenAgain() {
        enrolled(MAN, PlanCode.ACCIDENT, TODAY.toString(), TODAY.plusYears(1).minusDays(1).toString(), 1, Payer.UNION);
        enrolled(MAN, PlanCode.CRITICAL, TODAY.toString(), TODAY.plusYears(1).minusDays(1).toString(), 1, Payer.UNION);

        RosterEntry entry = rules.check(row(2, "王五", MAN, "", "", "", "NEW_FORM", "是", "", "", "", "", ""));

        assertTrue(entry.enrolments().isEmpty());
        assertEquals(2, entry.alreadyEnrolled());
    }

    @Test
    void freeCoverClashingWithTheRowsOwnAccidentCoverIsE04OnFreeCover() {
        RowRejected rejected = assertThrows(RowRejected.class, () -> rules.check(row(2, "王五", MAN, "", "", "",
                "NEW_FORM", "是", "ACCIDENT", "1", "2026-05-01", "", "UNIT")));

        assertEquals(List.of("E04", "E04"), rejected.codes());
        Violation onFreeCover = rejected.violations().get(1);
        assertEquals("freeCover", onFreeCover.field());
        assertTrue(onFreeCover.messageZh().startsWith("赠送的意外伤害互助保障"), onFreeCover.messageZh());
    }

    @Test
    void freeCoverIsForNewFormWorkersOnly() {
        assertEquals(List.of("FREE_COVER"), codesOf(row(2, "张三", MAN, "", "", "", "职工", "是", "", "", "", "", "")));
    }

    @Test
    void aPersonListedTwiceIsCheckedAgainstTheirEarlierRow() {
        rules.check(employee(2, MAN, "INPATIENT", "1", "2026-01-01", "2026-12-31"));

        assertEquals(List.of("E04"), codesOf(employee(3, MAN, "INPATIENT", "2", "2026-06-01", "2027-05-31")));
        assertTrue(rules.check(employee(4, MAN, "INPATIENT", "1", "2026-01-01", "2026-12-31")).enrolments().isEmpty(),
                "the same row twice makes the enrolment once");
    }

    @Test
    void aWrongIdStillLearnsAboutItsShares() {
        assertEquals(List.of("V01", "E01"), codesOf(employee(2, "36050219700615001", "ACCIDENT", "6", "2026-01-01", "")));
    }

    @Test
    void coverageNeedsAStartAndAnEndNotBeforeIt() {
        assertEquals(List.of("COVERAGE"), codesOf(employee(2, MAN, "INPATIENT", "1", "", "2026-12-31")));
        assertEquals(List.of("COVERAGE"), codesOf(employee(3, MAN, "INPATIENT", "1", "2026-05-01", "2026-04-30")));
        assertEquals(List.of("PLAN"), codesOf(employee(4, MAN, "", "1", "2026-05-01", "")));
    }

    @Test
    void aRenewalFollowsTheMembersPreviousEnrolment() {
        enrolled(WOMAN, PlanCode.FEMALE, "2025-01-01", "2025-12-31", 1, Payer.UNIT);

        RosterEntry.NewEnrolment enrolment = rules.check(employee(2, WOMAN, "FEMALE", "1", "20260115", ""))
                .enrolments().getFirst();

        assertTrue(enrolment.renewal());
        assertEquals(LocalDate.of(2025, 1, 1), enrolment.chainStart());
    }

    @Test
    void aRosterWithoutTheRequiredColumnsCannotBeRead() {
        InvalidValueException missing = assertThrows(InvalidValueException.class,
                () -> RosterLayout.of(List.of("姓名", "手机号")));

        assertEquals(RosterLayout.RULE_CODE, missing.code());
        assertTrue(missing.messageZh().contains("身份证号"), missing.messageZh());
        assertFalse(RosterLayout.of(List.of(" 姓名* ", "IDNUMBER", "备注")).has(RosterColumn.PHONE));
    }

    private void enrolled(String id, PlanCode plan, String start, String end, int shares, Payer payer) {
        database.computeIfAbsent(ResidentId.parse(id, TODAY), key -> new ArrayList<>())
                .add(new ExistingEnrolment(plan, new CoveragePeriod(LocalDate.parse(start), LocalDate.parse(end)), shares, payer));
    }
}

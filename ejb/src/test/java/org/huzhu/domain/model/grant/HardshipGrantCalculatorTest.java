package org.huzhu.domain.model.grant;

import org.huzhu.domain.model.member.HardshipLevel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.huzhu.domain.model.shared.Money;
import org.junit.jupiter.api.Test;

class HardshipGrantCalculatorTest {

    private static final Money NO_LIMIT = Money.yuan(1_000_000);

    private final HardshipGrantCalculator calculator = new HardshipGrantCalculator(GrantTerms.defaults());

    /** A member with burden B = {@code burden} (self-paid, no payouts) and nothing paid this year. */
    private static GrantCandidate member(String memberNumber, String burden, HardshipLevel hardship) {
        return new GrantCandidate(memberNumber, Money.parse(burden), Money.ZERO, hardship, Money.ZERO, false, false);
    }

    private static GrantCandidate memberPaidBefore(String memberNumber, String burden, HardshipLevel hardship,
            long grantsPaid) {
        return new GrantCandidate(memberNumber, Money.parse(burden), Money.ZERO, hardship, Money.yuan(grantsPaid),
                false, false);
    }

    private static GrantCandidate criticalClaimant(String memberNumber, boolean condolencePaid) {
        return new GrantCandidate(memberNumber, Money.ZERO, Money.ZERO, HardshipLevel.NONE, Money.ZERO,
                condolencePaid, true);
    }

    private static Map<String, Money> grantsByMember(GrantRunResult result) {
        return result.grants().stream().collect(Collectors.toMap(Grant::memberNumber, Grant::amount));
    }

    /** No file, 10%: B 50,000 → 5,000, B 30,000 → 3,000, B 10,000 → 1,000. */
    private static List<GrantCandidate> fiveThreeOneThousand() {
        return List.of(member("M1", "50000.00", HardshipLevel.NONE), member("M2", "30000.00", HardshipLevel.NONE),
                member("M3", "10000.00", HardshipLevel.NONE));
    }

    /** SPEC.md §7: 5,000 + 3,000 + 1,000 with budget 6,000 → 3,333 + 2,000 + 667. */
    @Test
    void budgetExampleOfTheSpecification() {
        GrantRunResult result = calculator.run(fiveThreeOneThousand(), Money.yuan(6_000));

        assertEquals(Map.of("M1", Money.yuan(3_333), "M2", Money.yuan(2_000), "M3", Money.yuan(667)),
                grantsByMember(result));
        assertEquals(Money.yuan(6_000), result.grantTotal());
        assertEquals(Money.yuan(5_000), result.grants().getFirst().unscaledAmount());
    }

    @Test
    void budgetLargerThanTheGrantsScalesNothing() {
        GrantRunResult result = calculator.run(fiveThreeOneThousand(), Money.yuan(10_000));

        assertEquals(Map.of("M1", Money.yuan(5_000), "M2", Money.yuan(3_000), "M3", Money.yuan(1_000)),
                grantsByMember(result));
    }

    /**
     * Three grants of 2,000 (B 20,000.00, 20,009.99 and 20,005.00, 10% rounded down) with budget 5,000: 1,666.67
     * each, 4,998 in whole yuan, the 2 yuan left over go to the two larger burdens.
     */
    @Test
    void equalRemaindersGoToTheLargerBurden() {
        GrantRunResult result = calculator.run(List.of(member("M1", "20000.00", HardshipLevel.NONE),
                member("M2", "20009.99", HardshipLevel.NONE), member("M3", "20005.00", HardshipLevel.NONE)),
                Money.yuan(5_000));

        assertEquals(Map.of("M1", Money.yuan(1_666), "M2", Money.yuan(1_667), "M3", Money.yuan(1_667)),
                grantsByMember(result));
    }

    /** As above with equal burdens: the 2 yuan go to the smaller member numbers. */
    @Test
    void equalRemaindersAndBurdensGoToTheSmallerMemberNumber() {
        GrantRunResult result = calculator.run(List.of(member("M3", "20000.00", HardshipLevel.NONE),
                member("M1", "20000.00", HardshipLevel.NONE), member("M2", "20000.00", HardshipLevel.NONE)),
                Money.yuan(5_000));

        assertEquals(Map.of("M1", Money.yuan(1_667), "M2", Money.yuan(1_667), "M3", Money.yuan(1_666)),
                grantsByMember(result));
    }

    /**
     * B 10,000 without a file: 1,000. B 2,000 with a file: RELATIVE 400 → at least 500, DEEP 600. A fen below
     * either threshold: nothing.
     */
    @Test
    void eligibilityThresholds() {
        GrantRunResult result = calculator.run(List.of(
                member("M1", "10000.00", HardshipLevel.NONE),
                member("M2", "9999.99", HardshipLevel.NONE),
                member("M3", "2000.00", HardshipLevel.RELATIVE),
                member("M4", "1999.99", HardshipLevel.RELATIVE),
                member("M5", "2000.00", HardshipLevel.DEEP),
                member("M6", "1999.99", HardshipLevel.DEEP),
                member("M7", "9999.99", HardshipLevel.RELATIVE)), NO_LIMIT);

        assertEquals(Map.of("M1", Money.yuan(1_000), "M3", Money.yuan(500), "M5", Money.yuan(600),
                "M7", Money.yuan(1_999)), grantsByMember(result));
    }

    /**
     * DEEP, B 40,000: 12,000, held to 5,000 a year. Paid 2,000 before → 3,000; paid 4,700 → 300 (a top-up below
     * 500 is paid as it is); paid 5,000 → nothing. No file, B 15,000: 1,500, paid 1,200 → 300.
     */
    @Test
    void yearlyMaximumLessGrantsPaidEarlierThatYear() {
        GrantRunResult result = calculator.run(List.of(
                memberPaidBefore("M1", "40000.00", HardshipLevel.DEEP, 0),
                memberPaidBefore("M2", "40000.00", HardshipLevel.DEEP, 2_000),
                memberPaidBefore("M3", "40000.00", HardshipLevel.DEEP, 4_700),
                memberPaidBefore("M4", "40000.00", HardshipLevel.DEEP, 5_000),
                memberPaidBefore("M5", "15000.00", HardshipLevel.NONE, 1_200)), NO_LIMIT);

        assertEquals(Map.of("M1", Money.yuan(5_000), "M2", Money.yuan(3_000), "M3", Money.yuan(300),
                "M5", Money.yuan(300)), grantsByMember(result));
    }

    /** B = self-paid 30,000 − payouts 18,000.50 = 11,999.50: 10% = 1,199.95, rounded down 1,199. */
    @Test
    void burdenIsSelfPaidLessPayouts() {
        GrantCandidate member = new GrantCandidate("M1", Money.parse("30000.00"), Money.parse("18000.50"),
                HardshipLevel.NONE, Money.ZERO, false, false);

        GrantRunResult result = calculator.run(List.of(member), NO_LIMIT);

        assertEquals(Money.parse("11999.50"), result.grants().getFirst().burden());
        assertEquals(Money.yuan(1_199), result.grants().getFirst().amount());
    }

    @Test
    void condolenceOnceAYearOutsideTheBudget() {
        GrantRunResult result = calculator.run(List.of(criticalClaimant("M1", false), criticalClaimant("M2", true),
                member("M3", "10000.00", HardshipLevel.NONE)), Money.ZERO);

        assertEquals(List.of(new Grant("M1", GrantKind.CONDOLENCE, Money.ZERO, Money.yuan(1_000), Money.yuan(1_000))),
                result.condolences());
        assertEquals(List.of(), result.grants());
    }

    @Test
    void listsForUnionStaff() {
        GrantRunResult result = calculator.run(List.of(
                criticalClaimant("M1", true),
                member("M2", "50000.00", HardshipLevel.DEEP),
                member("M3", "49999.99", HardshipLevel.NONE),
                member("M4", "10000.00", HardshipLevel.NONE),
                member("M5", "9999.99", HardshipLevel.NONE),
                member("M6", "12000.00", HardshipLevel.RELATIVE)), NO_LIMIT);

        assertEquals(List.of("M1", "M2"), result.followUpVisits());
        assertEquals(List.of("M3", "M4"), result.hardshipFileCandidates());
    }

    @Test
    void budgetInFenIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> calculator.run(fiveThreeOneThousand(), Money.parse("6000.50")));
    }

    @Test
    void memberGivenTwiceIsRefused() {
        GrantCandidate member = member("M1", "10000.00", HardshipLevel.NONE);

        assertThrows(IllegalArgumentException.class, () -> calculator.run(List.of(member, member), NO_LIMIT));
    }
}

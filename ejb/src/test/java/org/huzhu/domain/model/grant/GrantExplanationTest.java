package org.huzhu.domain.model.grant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.huzhu.domain.model.grant.GrantExplanation.Step;
import org.huzhu.domain.model.member.HardshipLevel;
import org.huzhu.domain.model.shared.Money;
import org.junit.jupiter.api.Test;

class GrantExplanationTest {

    private static final GrantTerms TERMS = GrantTerms.defaults();
    private static final Money BUDGET = Money.parse("6000.00");

    private static List<Step> explain(String selfPaid, String mutualAidPaid, HardshipLevel hardship, String paidBefore,
                                      String unscaled, String amount) {
        GrantBasis basis = new GrantBasis(Money.parse(selfPaid), Money.parse(mutualAidPaid), hardship,
                Money.parse(paidBefore));
        return GrantExplanation.ofGrant(TERMS, basis, basis.burden(), Money.parse(unscaled), Money.parse(amount), BUDGET);
    }

    private static Step step(String label, String amount) {
        return new Step(label, Money.parse(amount));
    }

    @Test
    void aGrantCutByTheBudgetEndsInTheApportionedAmount() {
        // SPEC §7's budget example: 5,000 owed, 3,333 paid of a budget of 6,000.
        assertEquals(List.of(
                step("本年度住院及意外医疗自付合计（政策范围内自付 + 政策范围外）", "60000.00"),
                step("减：以上理赔已获互助金", "10000.00"),
                step("剩余负担 B", "50000.00"),
                step("无困难职工档案，按 B 的 10% 计，取整到元", "5000"),
                step("本次帮扶预算 6,000.00 元不足以足额发放，按比例核定，取整到元", "3333")),
                explain("60000.00", "10000.00", HardshipLevel.NONE, "0", "5000", "3333"));
    }

    @Test
    void theMinimumAndTheYearlyMaximumAndEarlierGrantsOfTheYearEachHaveTheirStep() {
        List<Step> raisedToMinimum = explain("2500.00", "500.00", HardshipLevel.RELATIVE, "0", "500", "500");
        assertEquals(List.of(step("困难职工档案（相对困难），按 B 的 20% 计，取整到元", "400"),
                step("低于最低帮扶额，按 500.00 元计", "500")), raisedToMinimum.subList(3, 5));
        assertEquals(5, raisedToMinimum.size(), "paid in full, nothing paid before: no further step");

        List<Step> toppedUp = explain("31000.99", "1000.00", HardshipLevel.DEEP, "3000", "2000", "2000");
        assertEquals(List.of(step("剩余负担 B", "30000.99"),
                step("困难职工档案（深度困难），按 B 的 30% 计，取整到元", "9000"),
                step("超过每人每年最高帮扶额，按 5,000.00 元计", "5000"),
                step("减：本年度已发放帮扶金", "3000"),
                step("本次应发", "2000")), toppedUp.subList(2, 7));
        assertEquals(7, toppedUp.size());
    }

    @Test
    void figuresThatDoNotGiveTheDecidedAmountsAreRefused() {
        // 10% of 50,000 is 5,000, not the 4,000 stored as owed.
        assertThrows(IllegalStateException.class,
                () -> explain("60000.00", "10000.00", HardshipLevel.NONE, "0", "4000", "3333"));
        GrantBasis basis = new GrantBasis(Money.parse("60000.00"), Money.parse("10000.00"), HardshipLevel.NONE,
                Money.ZERO);
        assertThrows(IllegalStateException.class, () -> GrantExplanation.ofGrant(TERMS, basis,
                Money.parse("12000.00"), Money.parse("5000"), Money.parse("5000"), BUDGET),
                "the burden is not self-paid less mutual aid");
        assertThrows(IllegalStateException.class,
                () -> explain("60000.00", "10000.00", HardshipLevel.NONE, "0", "5000", "5001"),
                "more paid than owed");
    }

    @Test
    void aCondolenceIsOneStepGivingItsReason() {
        assertEquals(List.of(step("本年度有重大疾病或女职工特殊疾病理赔结算，发放慰问金（每年一次，预算外）", "1000")),
                GrantExplanation.ofCondolence(Money.parse("1000")));
    }
}

package org.huzhu.domain.model.grant;

import static org.huzhu.domain.model.shared.ChineseAmounts.percent;
import static org.huzhu.domain.model.shared.ChineseAmounts.yuan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.huzhu.domain.model.member.HardshipLevel;
import org.huzhu.domain.model.shared.Money;

/**
 * How a grant's amount came about (SPEC.md §7), in Chinese, one step a line, each with the amount it arrives at: the
 * calculation a grant letter shows. It is retold from the figures the run kept ({@link GrantBasis}) with the run's
 * {@link GrantTerms}, and must end in what the run decided: an explanation that does not is refused, so a letter can
 * never contradict its payment.
 */
public final class GrantExplanation {

    /** One step: what was done, and the amount it gives. */
    public record Step(String label, Money amount) {

        public Step {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(amount, "amount");
        }
    }

    private GrantExplanation() {
    }

    /** A condolence has no calculation, only its reason. */
    public static List<Step> ofCondolence(Money amount) {
        return List.of(new Step("本年度有重大疾病或女职工特殊疾病理赔结算，发放慰问金（每年一次，预算外）", amount));
    }

    /**
     * A hardship grant's steps: burden, rate, minimum or yearly maximum, grants paid earlier in the year, the budget.
     *
     * @param burden         B as the run decided it
     * @param unscaledAmount what the member was owed in this run before the budget was apportioned
     * @param amount         what is paid
     * @param budget         the run's budget for grants
     * @throws IllegalStateException if the basis does not give the decided burden and amount owed, or more is paid
     *                               than was owed
     */
    public static List<Step> ofGrant(GrantTerms terms, GrantBasis basis, Money burden, Money unscaledAmount,
                                     Money amount, Money budget) {
        HardshipLevel hardship = basis.hardship();
        Money grantOfTheYear = terms.grantOfTheYear(burden, hardship);
        if (!basis.burden().equals(burden) || !grantOfTheYear.minus(basis.grantsPaidBefore()).equals(unscaledAmount)) {
            throw new IllegalStateException("the figures " + basis + " do not give the decided burden " + burden
                    + " and amount owed " + unscaledAmount);
        }
        if (amount.compareTo(unscaledAmount) > 0) {
            throw new IllegalStateException("paid " + amount + ", more than the " + unscaledAmount + " owed");
        }
        BigDecimal rate = terms.rate(hardship);
        Money byRate = burden.times(rate).roundedDownToYuan();
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("本年度住院及意外医疗自付合计（政策范围内自付 + 政策范围外）", basis.selfPaid()));
        steps.add(new Step("减：以上理赔已获互助金", basis.mutualAidPaid()));
        steps.add(new Step("剩余负担 B", burden));
        steps.add(new Step((hardship == HardshipLevel.NONE ? "无困难职工档案" : "困难职工档案（" + hardship.label() + "）")
                + "，按 B 的 " + percent(rate) + " 计，取整到元", byRate));
        if (byRate.compareTo(terms.minimumGrant()) < 0) {
            steps.add(new Step("低于最低帮扶额，按 " + yuan(terms.minimumGrant()) + " 元计", grantOfTheYear));
        } else if (byRate.compareTo(terms.maximumPerYear()) > 0) {
            steps.add(new Step("超过每人每年最高帮扶额，按 " + yuan(terms.maximumPerYear()) + " 元计", grantOfTheYear));
        }
        if (basis.grantsPaidBefore().isPositive()) {
            steps.add(new Step("减：本年度已发放帮扶金", basis.grantsPaidBefore()));
            steps.add(new Step("本次应发", unscaledAmount));
        }
        if (amount.compareTo(unscaledAmount) < 0) {
            steps.add(new Step("本次帮扶预算 " + yuan(budget) + " 元不足以足额发放，按比例核定，取整到元", amount));
        }
        return List.copyOf(steps);
    }
}

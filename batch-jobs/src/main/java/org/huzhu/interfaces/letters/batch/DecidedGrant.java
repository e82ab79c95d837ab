package org.huzhu.interfaces.letters.batch;

import static org.huzhu.domain.model.shared.ChineseAmounts.percent;
import static org.huzhu.domain.model.shared.ChineseAmounts.yuan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.huzhu.domain.model.grant.GrantKind;
import org.huzhu.domain.model.grant.GrantTerms;
import org.huzhu.domain.model.letter.CalculationLine;
import org.huzhu.domain.model.letter.GrantLetterContent;
import org.huzhu.domain.model.letter.LetterDraft;
import org.huzhu.domain.model.letter.Payee;
import org.huzhu.domain.model.member.HardshipLevel;
import org.huzhu.domain.model.shared.Money;
import org.huzhu.infrastructure.persistence.GrantBreakdownJson;

/**
 * A grant or condolence payout as its grant letter needs it, straight from the register: what the run decided, the
 * member's figures it decided from (stored with the payout) and the payee as stored.
 * <p>
 * The calculation is retold from those figures with the terms the run used ({@link GrantTerms#defaults()}, as in
 * {@code HardshipGrantDecider}), and checked against what the run decided: a letter never shows a calculation that
 * does not end in the amount paid.
 *
 * @param unscaledAmount what the member was owed in this run before the budget was apportioned
 * @param amount         what is paid
 * @param budget         the run's budget for grants
 */
public record DecidedGrant(String grantNo, GrantKind kind, int year, Money burden, Money unscaledAmount, Money amount,
                           GrantBreakdownJson.Basis basis, Money budget, PayeeOnRecord payee) {

    private static final GrantTerms TERMS = GrantTerms.defaults();

    public DecidedGrant {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(basis, "basis");
    }

    /** One line a step; the amount column holds the result of the step. */
    public List<CalculationLine> calculation() {
        if (kind == GrantKind.CONDOLENCE) {
            return List.of(new CalculationLine(
                    "本年度有重大疾病或女职工特殊疾病理赔结算，发放慰问金（每年一次，预算外）", yuan(amount)));
        }
        HardshipLevel hardship = basis.hardship();
        Money grantOfTheYear = TERMS.grantOfTheYear(burden, hardship);
        if (!basis.burden().equals(burden) || !grantOfTheYear.minus(basis.grantsPaidBefore()).equals(unscaledAmount)) {
            throw new IllegalStateException(grantNo + ": the stored figures " + basis + " do not give the decided burden "
                    + burden + " and amount owed " + unscaledAmount);
        }
        BigDecimal rate = TERMS.rate(hardship);
        Money byRate = burden.times(rate).roundedDownToYuan();
        List<CalculationLine> lines = new ArrayList<>();
        lines.add(line("本年度住院及意外医疗自付合计（政策范围内自付 + 政策范围外）", basis.selfPaid()));
        lines.add(line("减：以上理赔已获互助金", basis.mutualAidPaid()));
        lines.add(line("剩余负担 B", burden));
        lines.add(line((hardship == HardshipLevel.NONE ? "无困难职工档案" : "困难职工档案（" + hardship.label() + "）")
                + "，按 B 的 " + percent(rate) + " 计，取整到元", byRate));
        if (byRate.compareTo(TERMS.minimumGrant()) < 0) {
            lines.add(line("低于最低帮扶额，按 " + yuan(TERMS.minimumGrant()) + " 元计", grantOfTheYear));
        } else if (byRate.compareTo(TERMS.maximumPerYear()) > 0) {
            lines.add(line("超过每人每年最高帮扶额，按 " + yuan(TERMS.maximumPerYear()) + " 元计", grantOfTheYear));
        }
        if (basis.grantsPaidBefore().isPositive()) {
            lines.add(line("减：本年度已发放帮扶金", basis.grantsPaidBefore()));
            lines.add(line("本次应发", unscaledAmount));
        }
        if (amount.compareTo(unscaledAmount) < 0) {
            lines.add(line("本次帮扶预算 " + yuan(budget) + " 元不足以足额发放，按比例核定，取整到元", amount));
        }
        return lines;
    }

    public LetterDraft draft(Optional<LocalDate> expectedPaymentDate) {
        Payee masked = payee.masked(grantNo);
        List<CalculationLine> calculation = calculation();
        GrantLetterContent.Kind letterKind = kind == GrantKind.GRANT
                ? GrantLetterContent.Kind.GRANT : GrantLetterContent.Kind.CONDOLENCE;
        Optional<Money> remainingBurden = kind == GrantKind.GRANT ? Optional.of(burden) : Optional.empty();
        return issue -> new GrantLetterContent(issue, masked, grantNo, letterKind, year, remainingBurden, calculation,
                amount, expectedPaymentDate);
    }

    private static CalculationLine line(String label, Money amount) {
        return new CalculationLine(label, yuan(amount));
    }
}

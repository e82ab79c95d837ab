package org.huzhu.domain.model.letter;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.huzhu.domain.model.shared.Money;

/** Letters as the settlement and grant runs would hand them over, for tests in every layer. */
public final class SampleLetters {

    public static final String UNION_NAME = "南山县总工会";
    public static final String MEMBER_NAME = "王秀英";
    public static final String MASKED_ID = "360502********1234";
    /** The unmasked ID the masked one stands for; it must never appear in a letter. */
    public static final String UNMASKED_ID = "360502198703151234";
    public static final VerificationCode CODE = VerificationCode.of("K7MX3Q9ZTB");

    private SampleLetters() {
    }

    public static LetterIssue issue(String letterNumber) {
        return new LetterIssue(UNION_NAME, letterNumber, LocalDate.of(2026, 4, 2), CODE,
                URI.create("https://huzhu.example.cn/verify"));
    }

    public static Payee payee() {
        return new Payee(MEMBER_NAME, MASKED_ID, "**** 5678");
    }

    /** Claim B of SPEC.md §6's worked example: 20,000 base, capped by the base. */
    public static SettlementLetterContent inpatientSettlement() {
        return new SettlementLetterContent(issue("L20260000123"), payee(), "HZ2026000045",
                "住院医疗互助保障", 2,
                List.of(new KeyDate("入院日期", LocalDate.of(2026, 3, 1)),
                        new KeyDate("出院日期", LocalDate.of(2026, 3, 16))),
                List.of(new CalculationLine("政策范围内自付（基数）", "20,000.00"),
                        new CalculationLine("本次使用起付线", "0.00"),
                        new CalculationLine("累计 7,500.00–10,000.00 段 2,500.00 × 50%", "1,250.00"),
                        new CalculationLine("累计 10,000.00–27,500.00 段 17,500.00 × 60%", "10,500.00"),
                        new CalculationLine("分段合计 11,750.00 × 2 份", "23,500.00"),
                        new CalculationLine("本期封顶剩余 22,500.00；不超过基数 20,000.00", "20,000.00")),
                Money.parse("20000.00"), Optional.of(LocalDate.of(2026, 4, 10)));
    }

    /**
     * The longest calculation a settlement run writes: an inpatient stay whose explanation takes nine lines, as
     * SettlementLettersIT's letters do.
     */
    public static SettlementLetterContent longCalculation() {
        return new SettlementLetterContent(issue("L20260000125"), payee(), "HZ2026000047",
                "住院医疗互助保障", 2, List.of(new KeyDate("出院日期", LocalDate.of(2026, 8, 5))),
                List.of(CalculationLine.explanation("住院 2026-08-01 至 2026-08-05，政策范围内自付 1,000.00 元"),
                        CalculationLine.explanation("政策范围外费用 250.00 元不在互助范围内"),
                        CalculationLine.explanation("起付线 500.00 元，本期此前已扣除 500.00 元，本次扣除 0.00 元"),
                        CalculationLine.explanation("扣除起付线后 1,000.00 元，计入本期累计 32,500.00 至 33,500.00 元"),
                        CalculationLine.explanation("30,000 元以上部分 1,000.00 元，按 70% 计 700.00 元"),
                        CalculationLine.explanation("每份 700.00 元 × 2 份 = 1,400.00 元"),
                        CalculationLine.explanation("本期封顶额 30,000.00 元（每份 15,000.00 元），此前已给付 30,000.00 元，剩余 0.00 元"),
                        CalculationLine.explanation("以本期封顶剩余额度为限，应付 0.00 元"),
                        CalculationLine.explanation("另有说明一行，以备更长的计算")),
                Money.ZERO, Optional.empty());
    }

    /** A claim settled with 0 because the period cap was used up. */
    public static SettlementLetterContent settlementWithNothingPayable() {
        return new SettlementLetterContent(issue("L20260000124"), payee(), "HZ2026000046",
                "住院医疗互助保障", 1, List.of(new KeyDate("入院日期", LocalDate.of(2026, 3, 20))),
                List.of(new CalculationLine("政策范围内自付（基数）", "3,000.00"),
                        CalculationLine.explanation("本期封顶额 15,000.00 元已全部使用，本次应付为 0")),
                Money.ZERO, Optional.empty());
    }

    public static GrantLetterContent hardshipGrant() {
        return new GrantLetterContent(issue("L20260000200"), payee(), "G2026000007",
                GrantLetterContent.Kind.GRANT, 2026, Optional.of(Money.parse("10500.00")),
                List.of(new CalculationLine("剩余负担 B", "10,500.00"),
                        new CalculationLine("无困难职工档案，按 10% 计", "1,050.00")),
                Money.parse("1050.00"), Optional.of(LocalDate.of(2026, 12, 20)));
    }
}

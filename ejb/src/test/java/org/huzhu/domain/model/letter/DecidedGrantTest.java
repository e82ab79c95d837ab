package org.huzhu.domain.model.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.huzhu.domain.model.grant.GrantBasis;
import org.huzhu.domain.model.grant.GrantKind;
import org.huzhu.domain.model.member.HardshipLevel;
import org.huzhu.domain.model.shared.Money;
import org.junit.jupiter.api.Test;

class DecidedGrantTest {

    private static final LetterIssue ISSUE = new LetterIssue("某县总工会", "L20200000001", LocalDate.of(2020, 1, 15),
            VerificationCode.random(), URI.create("https://huzhu.example.cn/verify"));
    private static final PayeeOnRecord PAYEE = new PayeeOnRecord("李建国", "360502197505051238", "6228000000000042");
    private static final Optional<LocalDate> PAID_ON = Optional.of(LocalDate.of(2020, 1, 20));

    private static DecidedGrant grant(String selfPaid, String mutualAidPaid, HardshipLevel hardship,
            String paidBefore, String unscaled, String amount) {
        GrantBasis basis = new GrantBasis(Money.parse(selfPaid), Money.parse(mutualAidPaid), hardship, Money.parse(paidBefore));
        return new DecidedGrant("G2019000001", GrantKind.GRANT, 2019, basis.burden(), Money.parse(unscaled),
                Money.parse(amount), basis, Money.parse("6000.00"), PAYEE);
    }

    @Test
    void aGrantCutByTheBudgetShowsBurdenRateAndTheApportionedAmount() {
        // SPEC §7's budget example: 5,000 owed, 3,333 paid of a budget of 6,000.
        DecidedGrant grant = grant("60000.00", "10000.00", HardshipLevel.NONE, "0", "5000", "3333");
        GrantLetterContent letter = (GrantLetterContent) grant.draft(PAID_ON).complete(ISSUE);

        assertEquals(List.of(
                new CalculationLine("本年度住院及意外医疗自付合计（政策范围内自付 + 政策范围外）", "60,000.00"),
                new CalculationLine("减：以上理赔已获互助金", "10,000.00"),
                new CalculationLine("剩余负担 B", "50,000.00"),
                new CalculationLine("无困难职工档案，按 B 的 10% 计，取整到元", "5,000.00"),
                new CalculationLine("本次帮扶预算 6,000.00 元不足以足额发放，按比例核定，取整到元", "3,333.00")),
                letter.calculation());
        assertEquals(Money.parse("3333.00"), letter.payable());
        assertEquals(Optional.of(Money.parse("50000.00")), letter.remainingBurden());
        assertEquals(GrantLetterContent.Kind.GRANT, letter.kind());
        assertEquals(LetterKind.GRANT, LetterKind.of(letter));
        assertEquals("G2019000001", letter.subjectNumber());
        assertEquals(2019, letter.grantYear());
        assertEquals("360502********1238", letter.payee().maskedResidentId());
        assertEquals("**** 0042", letter.payee().maskedBankCard());
        assertEquals(PAID_ON, letter.expectedPaymentDate());
    }

    @Test
    void aCondolenceSaysWhyInOneLineAndStatesNoBurden() {
        GrantBasis basis = new GrantBasis(Money.ZERO, Money.ZERO, HardshipLevel.NONE, Money.ZERO);
        DecidedGrant condolence = new DecidedGrant("G2019000002", GrantKind.CONDOLENCE, 2019, Money.ZERO,
                Money.parse("1000"), Money.parse("1000"), basis, Money.parse("6000.00"), PAYEE);
        GrantLetterContent letter = (GrantLetterContent) condolence.draft(PAID_ON).complete(ISSUE);

        assertEquals(List.of(new CalculationLine(
                "本年度有重大疾病或女职工特殊疾病理赔结算，发放慰问金（每年一次，预算外）", "1,000.00")),
                letter.calculation());
        assertEquals(Optional.empty(), letter.remainingBurden());
        assertEquals(LetterKind.CONDOLENCE, LetterKind.of(letter));
    }

    @Test
    void figuresThatDoNotGiveTheDecidedAmountMakeNoLetter() {
        // 10% of 50,000 is 5,000, not the 4,000 stored as owed: the letter would contradict the payment.
        assertThrows(IllegalStateException.class,
                () -> grant("60000.00", "10000.00", HardshipLevel.NONE, "0", "4000", "3333").draft(PAID_ON));
        assertThrows(IllegalStateException.class, () -> new DecidedGrant("G2019000003", GrantKind.GRANT, 2019,
                Money.parse("12000.00"), Money.parse("5000"), Money.parse("5000"),
                new GrantBasis(Money.parse("60000.00"), Money.parse("10000.00"), HardshipLevel.NONE, Money.ZERO),
                Money.parse("6000.00"), PAYEE).calculation(), "the stored burden is not self-paid less mutual aid");
    }

    @Test
    void aMemberWithoutACardOnRecordGetsNoLetter() {
        DecidedGrant noCard = new DecidedGrant("G2019000004", GrantKind.CONDOLENCE, 2019, Money.ZERO,
                Money.parse("1000"), Money.parse("1000"),
                new GrantBasis(Money.ZERO, Money.ZERO, HardshipLevel.NONE, Money.ZERO), Money.parse("6000.00"),
                new PayeeOnRecord("李建国", "360502197505051238", null));
        assertThrows(IllegalStateException.class, () -> noCard.draft(PAID_ON));
    }
}

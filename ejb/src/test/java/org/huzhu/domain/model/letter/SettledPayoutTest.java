package org.huzhu.domain.model.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.huzhu.domain.model.claim.WorkingCalendar;
import org.huzhu.domain.model.shared.Money;
import org.junit.jupiter.api.Test;

class SettledPayoutTest {

    private static final LetterIssue ISSUE = new LetterIssue("某县总工会", "L20260000001", LocalDate.of(2026, 11, 20),
            VerificationCode.random(), URI.create("https://huzhu.example.cn/verify"));
    private static final PayeeOnRecord ZHANG_LI = new PayeeOnRecord("张丽", "360502198703151234", "6222000000000001");

    private static SettledPayout stay(String payable, String bankCard) {
        return new SettledPayout("HZ2026000045", "住院医疗互助保障", 2, Money.parse(payable),
                List.of("住院 2026-08-01 至 2026-08-05，政策范围内自付 1,000.00 元", "以本期封顶线剩余额度为限，应付 0.00 元"),
                LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 5), null,
                new PayeeOnRecord("王小明", "360502198703151234", bankCard));
    }

    @Test
    void theLetterMasksTheStoredIdAndCardAndCarriesTheCalculationLineByLine() {
        SettlementLetterContent letter = (SettlementLetterContent) stay("0.00", "6222000000000001")
                .draft(Optional.empty()).complete(ISSUE);

        assertEquals(ISSUE, letter.issue());
        assertEquals("360502********1234", letter.payee().maskedResidentId());
        assertEquals("**** 0001", letter.payee().maskedBankCard());
        assertEquals(List.of(new KeyDate("入院日期", LocalDate.of(2026, 8, 1)), new KeyDate("出院日期", LocalDate.of(2026, 8, 5))),
                letter.keyDates());
        assertEquals(CalculationLine.explanation("以本期封顶线剩余额度为限，应付 0.00 元"), letter.calculation().get(1));
        assertEquals(2, letter.shares());
        assertEquals(Optional.empty(), letter.expectedPaymentDate());
    }

    @Test
    void aDiagnosisIsDatedByItsDiagnosisAndAnAccidentByItsIncident() {
        LocalDate day = LocalDate.of(2026, 2, 15);
        SettledPayout diagnosis = new SettledPayout("HZ2026000046", "女职工特疾互助保障", 1, Money.parse("1000.00"),
                List.of("x"), day, null, null, "C50.9", ZHANG_LI);
        SettledPayout accident = new SettledPayout("HZ2026000047", "意外伤害互助保障", 1, Money.parse("1000.00"),
                List.of("x"), day, null, null, null, ZHANG_LI);

        assertEquals(List.of(new KeyDate("确诊日期", day)), diagnosis.keyDates());
        assertEquals(List.of(new KeyDate("出险日期", day)), accident.keyDates());
    }

    @Test
    void aMemberWithoutACardOnRecordGetsNoLetterRatherThanAnUnmaskedOrMadeUpOne() {
        assertThrows(IllegalStateException.class, () -> stay("10.00", null).draft(Optional.empty()));
    }

    @Test
    void paymentIsExpectedThreeWorkingDaysAfterTheRunAndNotAtAllForNothingPayable() {
        // Friday 2026-09-25; Thursday 1 October is a holiday: Mon 28, Tue 29, Wed 30.
        PaymentDates dates = new PaymentDates(new WorkingCalendar(Set.of(LocalDate.of(2026, 10, 1)), Set.of()),
                LocalDate.of(2026, 9, 25));
        assertEquals(Optional.of(LocalDate.of(2026, 9, 30)), dates.expectedFor(Money.parse("0.01")));
        PaymentDates overHoliday = new PaymentDates(new WorkingCalendar(Set.of(LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 2)), Set.of()), LocalDate.of(2026, 9, 29));
        assertEquals(Optional.of(LocalDate.of(2026, 10, 6)), overHoliday.expectedFor(Money.parse("5.00")));
        assertEquals(Optional.empty(), dates.expectedFor(Money.ZERO));
    }
}

package org.huzhu.domain.model.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.huzhu.domain.model.shared.Money;
import org.junit.jupiter.api.Test;

class LetterContentTest {

    @Test
    void refusesAnUnmaskedResidentIdWithoutRepeatingIt() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new Payee("王秀英", SampleLetters.UNMASKED_ID, "**** 5678"));
        assertFalse(refused.getMessage().contains(SampleLetters.UNMASKED_ID));
    }

    @Test
    void refusesAnUnmaskedBankCard() {
        assertThrows(IllegalArgumentException.class,
                () -> new Payee("王秀英", SampleLetters.MASKED_ID, "6222020200112345678"));
    }

    @Test
    void refusesMalformedNumbers() {
        assertThrows(IllegalArgumentException.class, () -> SampleLetters.issue("L2026000012"));
        assertThrows(IllegalArgumentException.class, () -> new SettlementLetterContent(
                SampleLetters.issue("L20260000123"), SampleLetters.payee(), "HZ20260045", "住院医疗互助保障", 1,
                List.of(), List.of(), Money.ZERO, Optional.empty()));
    }

    @Test
    void aPaymentDateGoesWithAPayableAmountOnly() {
        LetterIssue issue = SampleLetters.issue("L20260000123");
        assertThrows(IllegalArgumentException.class, () -> new SettlementLetterContent(issue,
                SampleLetters.payee(), "HZ2026000045", "住院医疗互助保障", 1, List.of(), List.of(),
                Money.ZERO, Optional.of(LocalDate.of(2026, 4, 10))));
        assertThrows(IllegalArgumentException.class, () -> new SettlementLetterContent(issue,
                SampleLetters.payee(), "HZ2026000045", "住院医疗互助保障", 1, List.of(), List.of(),
                Money.parse("480.00"), Optional.empty()));
    }

    @Test
    void aCondolencePaymentStatesNoBurden() {
        assertThrows(IllegalArgumentException.class, () -> new GrantLetterContent(
                SampleLetters.issue("L20260000201"), SampleLetters.payee(), "G2026000008",
                GrantLetterContent.Kind.CONDOLENCE, 2026, Optional.of(Money.parse("3000.00")),
                List.of(), Money.parse("1000.00"), Optional.of(LocalDate.of(2026, 12, 20))));
    }

    @Test
    void theVerificationLinkCarriesLetterNumberAndCode() {
        assertEquals(URI.create("https://huzhu.example.cn/verify?letter=L20260000123&code=K7MX3Q9ZTB"),
                SampleLetters.issue("L20260000123").verificationLink());
    }

    @Test
    void theVerifyPageMayNotCarryItsOwnQuery() {
        assertThrows(IllegalArgumentException.class, () -> new LetterIssue("南山县总工会", "L20260000123",
                LocalDate.of(2026, 4, 2), SampleLetters.CODE, URI.create("https://huzhu.example.cn/verify?x=1")));
    }
}

package org.huzhu.domain.model.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Claim, letter and grant numbers share one format with different prefixes and widths. */
class YearSequenceNumbersTest {

    @Test
    void formatsWithPrefixYearAndZeroPaddedSequence() {
        assertEquals("HZ2026000123", new ClaimNumber(2026, 123).value());
        assertEquals("L20260000123", new LetterNumber(2026, 123).value());
        assertEquals("G2026000123", new GrantNumber(2026, 123).value());
        assertEquals("HZ2026999999", new ClaimNumber(2026, 999_999).toString());
        assertEquals("L20269999999", new LetterNumber(2026, 9_999_999).toString());
    }

    @Test
    void parsesWhatItFormats() {
        assertEquals(new ClaimNumber(2026, 123), ClaimNumber.parse("HZ2026000123"));
        assertEquals(new ClaimNumber(2026, 123), ClaimNumber.parse(" hz2026000123 "));
        assertEquals(new LetterNumber(2027, 1), LetterNumber.parse("L20270000001"));
        assertEquals(new GrantNumber(2026, 45), GrantNumber.parse("G2026000045"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"HZ202600012", "HZ20260001234", "H2026000123", "L2026000123", "HZ2026000000", "HZ26000123",
            "HZ2026-00123"})
    @NullAndEmptySource
    void refusesMalformedClaimNumbers(String text) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> ClaimNumber.parse(text));

        assertEquals("CLAIM_NUMBER", e.code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"L2026000012", "L202600000123", "G20260000123", "L20260000000"})
    void refusesMalformedLetterNumbers(String text) {
        assertEquals("LETTER_NUMBER", assertThrows(InvalidValueException.class, () -> LetterNumber.parse(text)).code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"G202600012", "G20260000123", "L2026000123"})
    void refusesMalformedGrantNumbers(String text) {
        assertEquals("GRANT_NUMBER", assertThrows(InvalidValueException.class, () -> GrantNumber.parse(text)).code());
    }

    @Test
    void refusesSequencesThatDoNotFitAndYearsThatAreNotFourDigits() {
        assertThrows(InvalidValueException.class, () -> new ClaimNumber(2026, 0));
        assertThrows(InvalidValueException.class, () -> new ClaimNumber(2026, 1_000_000));
        assertThrows(InvalidValueException.class, () -> new GrantNumber(2026, 1_000_000));
        assertThrows(InvalidValueException.class, () -> new LetterNumber(2026, 10_000_000));
        assertThrows(InvalidValueException.class, () -> new ClaimNumber(999, 1));
        assertThrows(InvalidValueException.class, () -> new ClaimNumber(10_000, 1));
    }

    @Property
    void everyNumberParsesBackToItself(
            @ForAll @IntRange(min = 1000, max = 9999) int year,
            @ForAll @IntRange(min = 1, max = 9_999_999) int sequence) {
        LetterNumber letter = new LetterNumber(year, sequence);
        assertEquals(letter, LetterNumber.parse(letter.value()));
        assertEquals(12, letter.value().length());
        if (sequence <= 999_999) {
            ClaimNumber claim = new ClaimNumber(year, sequence);
            GrantNumber grant = new GrantNumber(year, sequence);
            assertEquals(claim, ClaimNumber.parse(claim.value()));
            assertEquals(grant, GrantNumber.parse(grant.value()));
        }
    }
}

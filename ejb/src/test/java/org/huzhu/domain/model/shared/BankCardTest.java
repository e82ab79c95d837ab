package org.huzhu.domain.model.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BankCardTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "621483012343",         // 12 digits
            "4111111111111111",
            "6225880123456783",
            "622202123456789012",
            "6217001234567890122"}) // 19 digits
    void acceptsCardsPassingLuhn(String number) {
        assertEquals(number, BankCard.parse(number).number());
    }

    @Test
    void dropsSpacesBetweenGroupsAndMasksAllButTheLastFour() {
        BankCard card = BankCard.parse("6217 0012 3456 7890 122");

        assertEquals("6217001234567890122", card.number());
        assertEquals("**** 0122", card.masked());
        assertEquals("**** 0122", card.toString());
        assertEquals(BankCard.parse("6217001234567890122"), card);
        assertEquals(BankCard.parse("6217001234567890122").hashCode(), card.hashCode());
        assertNotEquals(BankCard.parse("4111111111111111"), card);
    }

    @Test
    void masksAStoredValueWithoutCheckingIt() {
        assertEquals("**** 1235", BankCard.mask("6217001234567891235"));
        assertEquals("**** 12", BankCard.mask("12"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "6217001234567890123",  // Luhn fails
            "4111111111111112",
            "62148301234",          // 11 digits
            "62170012345678901220", // 20 digits
            "6217-0012-3456-7890",
            "621700123456789012a"})
    @NullAndEmptySource
    void refusesCardsFailingLuhnOrOfTheWrongLength(String number) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> BankCard.parse(number));

        assertEquals("V13", e.code());
    }

    @Test
    void aCardFailingLuhnIsNamedOnlyByItsLastFourDigits() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> BankCard.parse("6217001234567890123"));

        assertEquals("银行卡号 **** 0123 未通过校验，请核对", e.messageZh());
        assertFalse(e.getMessage().contains("6217001234567890123"));
    }

    /** Luhn by its definition: doubling every second digit from the right makes the total a multiple of 10. */
    private static int luhnCheckDigitFor(String payload) {
        int total = 0;
        for (int positionFromRight = 1; positionFromRight <= payload.length(); positionFromRight++) {
            int digit = payload.charAt(payload.length() - positionFromRight) - '0';
            total += positionFromRight % 2 == 1 ? (digit * 2) / 10 + (digit * 2) % 10 : digit;
        }
        return (10 - total % 10) % 10;
    }

    @Property
    void exactlyOneFinalDigitCompletesAnyPayload(
            @ForAll @StringLength(min = 11, max = 18) @NumericChars String payload,
            @ForAll @IntRange(min = 0, max = 9) int lastDigit) {
        String number = payload + lastDigit;

        if (lastDigit == luhnCheckDigitFor(payload)) {
            assertEquals(number, BankCard.parse(number).number());
        } else {
            assertThrows(InvalidValueException.class, () -> BankCard.parse(number));
        }
    }
}

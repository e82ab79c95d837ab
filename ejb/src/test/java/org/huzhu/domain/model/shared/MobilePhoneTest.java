package org.huzhu.domain.model.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MobilePhoneTest {

    @ParameterizedTest
    @ValueSource(strings = {"13800138000", "19912345678", " 15079001234 "})
    void acceptsElevenDigitsStartingWithThirteenToNineteen(String number) {
        assertEquals(number.strip(), MobilePhone.parse(number).number());
    }

    @ParameterizedTest
    @ValueSource(strings = {"12800138000", "10800138000", "1380013800", "138001380001", "+8613800138000", "1380013800a"})
    @NullAndEmptySource
    void refusesOtherNumbersWithoutEchoingThem(String number) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> MobilePhone.parse(number));

        assertEquals(MobilePhone.RULE_CODE, e.code());
        if (number != null && !number.isEmpty()) {
            assertFalse(e.getMessage().contains(number));
            assertFalse(e.messageZh().contains(number));
        }
    }

    @Test
    void printsOnlyTheFirstThreeAndLastFourDigits() {
        MobilePhone phone = MobilePhone.parse("13812345678");

        assertEquals("138****5678", phone.masked());
        assertEquals("138****5678", phone.toString());
        assertEquals("13812345678", phone.number());
    }

    @Test
    void isEqualByNumber() {
        assertEquals(MobilePhone.parse("13800138000"), MobilePhone.parse(" 13800138000"));
        assertEquals(MobilePhone.parse("13800138000").hashCode(), MobilePhone.parse("13800138000").hashCode());
    }
}

package org.huzhu.domain.model.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "91350100M000100Y43",   // the well-known example
            "91110000600037341L",   // check character a letter
            "121000004000000010",   // sum divisible by 31: check 0
            "52330000MJ0000001U",
            "913100007109306415"})
    void acceptsCodesWithTheRightCheckCharacter(String code) {
        assertEquals(code, CreditCode.parse(code).value());
    }

    @Test
    void readsLowercaseAsUppercaseAndIsEqualByValue() {
        CreditCode code = CreditCode.parse(" 91350100m000100y43 ");

        assertEquals(CreditCode.parse("91350100M000100Y43"), code);
        assertEquals(CreditCode.parse("91350100M000100Y43").hashCode(), code.hashCode());
        assertNotEquals(CreditCode.parse("913100007109306415"), code);
        assertEquals("91350100M000100Y43", code.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "91350100M000100Y44",   // check should be 3
            "91110000600037341K",   // check should be L
            "121000004000000011",
            "91350100M000100Y4",    // 17 characters
            "91350100M000100Y433",  // 19 characters
            "91350100I000100Y43",   // I is not in the character set
            "91350100O000100Y43",
            "91350100S000100Y43",
            "91350100V000100Y43",
            "91350100Z000100Y43"})
    @NullAndEmptySource
    void refusesWrongCheckCharactersLengthsAndCharacters(String code) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> CreditCode.parse(code));

        assertEquals(CreditCode.RULE_CODE, e.code());
    }

    @Test
    void saysWhichCodeHasAWrongCheckCharacter() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> CreditCode.parse("91350100M000100Y44"));

        assertEquals("统一社会信用代码 91350100M000100Y44 校验码错误", e.messageZh());
        assertEquals("uscc", e.toViolation("uscc").field());
    }
}

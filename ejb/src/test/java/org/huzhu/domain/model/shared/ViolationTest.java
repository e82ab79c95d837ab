package org.huzhu.domain.model.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ViolationTest {

    private final Violation violation = new Violation("V13", "bankCard", "未登记银行卡号", "no bank card number is recorded");

    @Test
    void speaksChineseUnlessEnglishIsAskedFor() {
        assertEquals("未登记银行卡号", violation.message(Locale.SIMPLIFIED_CHINESE));
        assertEquals("未登记银行卡号", violation.message(Locale.GERMAN));
        assertEquals("no bank card number is recorded", violation.message(Locale.ENGLISH));
        assertEquals("no bank card number is recorded", violation.message(Locale.UK));
    }

    @Test
    void needsEveryPart() {
        assertThrows(NullPointerException.class, () -> new Violation(null, "bankCard", "中文", "English"));
        assertThrows(NullPointerException.class, () -> new Violation("V13", null, "中文", "English"));
    }

    @Test
    void anInvalidValueCarriesItsCodeIntoTheException() {
        InvalidValueException e = new InvalidValueException("V01", "身份证号码不能为空", "the resident ID is missing");

        assertEquals("V01: the resident ID is missing", e.getMessage());
        assertEquals(new Violation("V01", "idNumber", "身份证号码不能为空", "the resident ID is missing"), e.toViolation("idNumber"));
    }
}

package org.huzhu.domain.model.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"})
    void textsThatASpreadsheetRunsAsAFormula(String text) {
        assertTrue(SpreadsheetText.startsLikeFormula(text));
        assertTrue(SpreadsheetText.csvField(text).startsWith("'") || SpreadsheetText.csvField(text).startsWith("\"'"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "张三", "1+1", "a=b", "中国工商银行", "12345.60"})
    void otherTextIsLeftAsItIs(String text) {
        assertFalse(SpreadsheetText.startsLikeFormula(text));
        assertEquals(text, SpreadsheetText.csvField(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"a,b|\"a,b\"", "say \"hi\"|\"say \"\"hi\"\"\"", "=1,2|\"'=1,2\""})
    void fieldsThatWouldShiftTheColumnsAreQuoted(String text, String field) {
        assertEquals(field, SpreadsheetText.csvField(text));
    }
}

package org.huzhu.domain.model.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyParsingTest {

    @ParameterizedTest
    @CsvSource({"12345.60, 12345.60", "0, 0.00", "7.5, 7.50", "999999999999999.99, 999999999999999.99", "' 3.00 ', 3.00"})
    void plainAmountsWithAtMostTwoDecimals(String text, String plain) {
        assertEquals(plain, Money.parse(text).toPlainString());
    }

    /** Each is refused by its form, before a BigDecimal exists: none of them may take time or memory. */
    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "1E+999999999", "1e-999999999", "12345678901234567890.00", "1000000000000000",
            "0.001", "NaN", "Infinity", "0x1F", "１２３", ".5", "5.", "", "1,000.00", "--1"})
    void anythingElseIsRefusedBeforeItIsExpanded(String text) {
        assertTimeoutPreemptively(Duration.ofMillis(500), () -> {
            assertThrows(IllegalArgumentException.class, () -> Money.parse(text));
        });
    }
}

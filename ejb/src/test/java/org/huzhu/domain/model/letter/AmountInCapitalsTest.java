package org.huzhu.domain.model.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.huzhu.domain.model.shared.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class AmountInCapitalsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "0.00, 人民币零元整",
            "0.05, 人民币伍分",
            "0.50, 人民币伍角",
            "0.55, 人民币伍角伍分",
            "1.00, 人民币壹元整",
            "10.00, 人民币壹拾元整",
            "16.00, 人民币壹拾陆元整",
            "480.00, 人民币肆佰捌拾元整",
            "480.05, 人民币肆佰捌拾元零伍分",
            "481.50, 人民币肆佰捌拾壹元伍角",
            "1000.50, 人民币壹仟元零伍角",
            "1680.32, 人民币壹仟陆佰捌拾元零叁角贰分",
            "10005.00, 人民币壹万零伍元整",
            "10500.00, 人民币壹万零伍佰元整",
            "15000.00, 人民币壹万伍仟元整",
            "100000.00, 人民币壹拾万元整",
            "100700.00, 人民币壹拾万零柒佰元整",
            "107000.53, 人民币壹拾万零柒仟元零伍角叁分",
            "1000000.00, 人民币壹佰万元整",
            "10007000.00, 人民币壹仟万零柒仟元整",
            "100000000.00, 人民币壹亿元整",
            "100010000.00, 人民币壹亿零壹万元整",
            "100000001.01, 人民币壹亿零壹元零壹分",
            "1234567890.12, 人民币壹拾贰亿叁仟肆佰伍拾陆万柒仟捌佰玖拾元零壹角贰分",
            "999999999999.99, 人民币玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分",
    })
    void writesBankingCapitals(String figures, String capitals) {
        assertEquals(capitals, AmountInCapitals.of(Money.parse(figures)));
    }

    @ParameterizedTest
    @CsvSource({"-0.01", "1000000000000.00"})
    void refusesAmountsOutsideTheRange(String figures) {
        assertThrows(IllegalArgumentException.class, () -> AmountInCapitals.of(Money.parse(figures)));
    }

    @Test
    void refusesAnAmountNotRoundedToTheFen() {
        Money unrounded = Money.of(new BigDecimal("12.345"));
        assertThrows(IllegalArgumentException.class, () -> AmountInCapitals.of(unrounded));
    }

    @Property
    void readsBackAsTheSameAmount(@ForAll @LongRange(min = 0, max = 99_999_999_999_999L) long fen) {
        assertEquals(fen, CapitalsReader.fenOf(AmountInCapitals.of(Money.fen(fen))));
    }

    @Property
    void neverHasTwoZerosInARowNorEndsWithZero(@ForAll @LongRange(min = 1, max = 99_999_999_999_999L) long fen) {
        String capitals = AmountInCapitals.of(Money.fen(fen));
        assertFalse(capitals.contains("零零"), capitals);
        assertFalse(capitals.endsWith("零"), capitals);
        assertFalse(capitals.startsWith("人民币零"), capitals);
    }

    @Property
    void endsWithZhengExactlyWhenThereAreNoJiaoAndFen(
            @ForAll @LongRange(min = 0, max = 99_999_999_999_999L) long fen) {
        String capitals = AmountInCapitals.of(Money.fen(fen));
        assertTrue(capitals.startsWith("人民币"), capitals);
        assertEquals(fen % 100 == 0, capitals.endsWith("元整"), capitals);
        assertEquals(fen % 100 != 0, capitals.endsWith("角") || capitals.endsWith("分"), capitals);
    }

    @Property
    void writesTenAsYiShi(@ForAll @LongRange(min = 10, max = 19) long yuan) {
        assertTrue(AmountInCapitals.of(Money.yuan(yuan)).startsWith("人民币壹拾"));
    }

    /** An independent reading of capitals back into fen, so the properties check meaning, not form. */
    private static final class CapitalsReader {
        private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";

        static long fenOf(String capitals) {
            String text = capitals.substring("人民币".length()).replace("整", "");
            long total = 0;
            long group = 0;
            long pendingDigit = 0;
            for (char c : text.toCharArray()) {
                int digit = DIGITS.indexOf(c);
                if (digit >= 0) {
                    pendingDigit = digit;
                    continue;
                }
                switch (c) {
                    case '仟' -> group += pendingDigit * 1000;
                    case '佰' -> group += pendingDigit * 100;
                    case '拾' -> group += pendingDigit * 10;
                    case '亿' -> { total += (group + pendingDigit) * 100_000_000L * 100; group = 0; }
                    case '万' -> { total += (group + pendingDigit) * 10_000L * 100; group = 0; }
                    case '元' -> { total += (group + pendingDigit) * 100; group = 0; }
                    case '角' -> total += pendingDigit * 10;
                    case '分' -> total += pendingDigit;
                    default -> throw new IllegalArgumentException("unexpected " + c + " in " + capitals);
                }
                pendingDigit = 0;
            }
            return total;
        }
    }
}

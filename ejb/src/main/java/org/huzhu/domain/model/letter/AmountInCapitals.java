package org.huzhu.domain.model.letter;

import java.util.Objects;

import org.huzhu.domain.model.shared.Money;

/**
 * Writes an amount in Chinese banking capitals (中文大写金额), as on cheques and payment
 * vouchers, following the People's Bank of China rules for filling in instruments
 * (《正确填写票据和结算凭证的基本规定》):
 * <ul>
 * <li>Always prefixed with 人民币; a leading ten is written 壹拾 (¥100,000 → 壹拾万元整), so no
 *     digit can be slipped in front of it.</li>
 * <li>整 follows an amount that ends at 元. After 角 the rules allow 整 but do not require it;
 *     we leave it out (¥1,000.50 → 壹仟元零伍角). After 分 it is never written.</li>
 * <li>Where the rules let a 零 be written or omitted (a run of zeros that ends at the 万, 亿 or
 *     元 position before a non-zero digit), we always write one 零 for every run of zeros
 *     between two non-zero digits, across 亿, 万 and 元 as well: ¥107,000.53 →
 *     壹拾万零柒仟元零伍角叁分. This is the reading people say aloud, and one rule everywhere is
 *     easier to check than exceptions.</li>
 * <li>Less than one yuan has no 元: ¥0.05 → 人民币伍分; zero is 人民币零元整.</li>
 * </ul>
 * Amounts must be rounded to the fen, not negative, and below one trillion yuan (万亿).
 */
public final class AmountInCapitals {

    private static final String PREFIX = "人民币";
    private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";
    /** Unit of each digit inside a group of four, from the thousands down. */
    private static final String[] POSITION_IN_GROUP = {"仟", "佰", "拾", ""};
    /** Unit that closes each group of four digits, from the highest group down. */
    private static final String[] GROUP_UNITS = {"亿", "万", ""};
    private static final long FEN_PER_YUAN = 100;
    private static final long LIMIT_IN_YUAN = 1_000_000_000_000L;

    private AmountInCapitals() {
    }

    public static String of(Money amount) {
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("no capitals for a negative amount: " + amount);
        }
        if (!amount.hasAtMostTwoDecimals()) {
            throw new IllegalArgumentException("round to the fen before writing capitals: " + amount);
        }
        long fen = amount.toFen();
        long yuan = fen / FEN_PER_YUAN;
        if (yuan >= LIMIT_IN_YUAN) {
            throw new IllegalArgumentException("amount too large for capitals: " + amount);
        }
        if (fen == 0) {
            return PREFIX + "零元整";
        }
        Writer writer = new Writer();
        writeYuan(yuan, writer);
        int jiao = (int) (fen / 10 % 10);
        int fenDigit = (int) (fen % 10);
        writer.digit(jiao, "角");
        writer.digit(fenDigit, "分");
        if (jiao == 0 && fenDigit == 0) {
            writer.text.append('整');
        }
        return PREFIX + writer.text;
    }

    private static void writeYuan(long yuan, Writer writer) {
        long divisor = 1_0000_0000_0000L;
        for (String groupUnit : GROUP_UNITS) {
            divisor /= 1_0000;
            int group = (int) (yuan / divisor % 1_0000);
            int positionValue = 1000;
            for (String position : POSITION_IN_GROUP) {
                writer.digit(group / positionValue % 10, position);
                positionValue /= 10;
            }
            if (group != 0) {
                writer.text.append(groupUnit);
            }
        }
        if (yuan != 0) {
            writer.text.append('元');
        }
    }

    /** Collects the text; a run of zeros becomes one 零, written only once a non-zero digit follows it. */
    private static final class Writer {
        private final StringBuilder text = new StringBuilder();
        private boolean zerosPending;

        void digit(int value, String unit) {
            if (value == 0) {
                zerosPending = !text.isEmpty();
                return;
            }
            if (zerosPending) {
                text.append('零');
                zerosPending = false;
            }
            text.append(DIGITS.charAt(value)).append(unit);
        }
    }
}

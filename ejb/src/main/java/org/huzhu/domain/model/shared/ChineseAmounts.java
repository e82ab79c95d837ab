package org.huzhu.domain.model.shared;

import java.math.BigDecimal;

/** How amounts read in the explanation lines of settlements and grants: thousands grouped, exact digits kept. */
public final class ChineseAmounts {

    private ChineseAmounts() {
    }

    /** {@code "3,750.00"}; an exact amount with more digits keeps them, {@code "740.742"}. */
    public static String yuan(Money amount) {
        return grouped(amount.amount(), 2);
    }

    /** Band bounds read as whole numbers where they are: {@code "10,000"}. */
    public static String bound(Money amount) {
        return grouped(amount.amount(), 0);
    }

    public static String percent(BigDecimal rate) {
        return rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    private static String grouped(BigDecimal value, int minimumDecimals) {
        String plain = value.abs().setScale(Math.max(value.scale(), minimumDecimals)).toPlainString();
        int point = plain.indexOf('.');
        StringBuilder digits = new StringBuilder(point < 0 ? plain : plain.substring(0, point));
        for (int i = digits.length() - 3; i > 0; i -= 3) {
            digits.insert(i, ',');
        }
        return (value.signum() < 0 ? "-" : "") + digits + (point < 0 ? "" : plain.substring(point));
    }
}

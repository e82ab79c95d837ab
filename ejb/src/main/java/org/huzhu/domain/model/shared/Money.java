package org.huzhu.domain.model.shared;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An exact amount of yuan (CNY). Intermediate amounts keep every digit; {@link #roundedToFen()}
 * rounds half-up to the fen where SPEC.md says a result is rounded.
 */
public final class Money implements Comparable<Money>, Serializable {

    public static final Money ZERO = new Money(BigDecimal.ZERO);
    private static final int FEN_SCALE = 2;
    /** A trillion yuan minus a fen is far beyond any amount of the scheme; more digits are a typing error or an attack. */
    public static final int MAX_INTEGER_DIGITS = 15;
    private static final Pattern PLAIN_AMOUNT = Pattern.compile("[+-]?\\d{1," + MAX_INTEGER_DIGITS + "}(\\.\\d{1,2})?");

    private final BigDecimal amount;

    private Money(BigDecimal amount) {
        this.amount = Objects.requireNonNull(amount, "amount").stripTrailingZeros();
    }

    public static Money of(BigDecimal amount) {
        return new Money(amount);
    }

    /**
     * Parses a money string such as {@code "12345.60"}: at most {@value #MAX_INTEGER_DIGITS} digits before the
     * point and two after it, no exponent. The form is checked before a {@code BigDecimal} exists, since
     * {@code "1e999999999"} is a tiny text whose plain form has a billion digits.
     */
    public static Money parse(String text) {
        Objects.requireNonNull(text, "text");
        String trimmed = text.trim();
        if (!isPlainAmount(trimmed)) {
            throw new IllegalArgumentException("not an amount of money with at most two decimals: "
                    + trimmed.substring(0, Math.min(trimmed.length(), 32)));
        }
        return new Money(new BigDecimal(trimmed));
    }

    /**
     * Whether the text is a plain decimal amount: an optional sign, 1 to {@value #MAX_INTEGER_DIGITS} digits,
     * optionally a point and one or two digits.
     */
    public static boolean isPlainAmount(String text) {
        return text.length() <= MAX_INTEGER_DIGITS + 4 && PLAIN_AMOUNT.matcher(text).matches();
    }

    public static Money yuan(long yuan) {
        return new Money(BigDecimal.valueOf(yuan));
    }

    public static Money fen(long fen) {
        return new Money(BigDecimal.valueOf(fen, FEN_SCALE));
    }

    public BigDecimal amount() {
        return amount;
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor));
    }

    public Money times(long factor) {
        return new Money(amount.multiply(BigDecimal.valueOf(factor)));
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /** Never below zero: what is left of a cap or an allowance. */
    public Money atLeastZero() {
        return max(ZERO);
    }

    public Money roundedToFen() {
        return new Money(amount.setScale(FEN_SCALE, RoundingMode.HALF_UP));
    }

    /** Whole yuan, the fraction dropped (grants are rounded down to whole yuan). */
    public Money roundedDownToYuan() {
        return new Money(amount.setScale(0, RoundingMode.DOWN));
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean hasAtMostTwoDecimals() {
        return amount.scale() <= FEN_SCALE;
    }

    /** In fen; only for amounts already rounded to the fen. */
    public long toFen() {
        return amount.movePointRight(FEN_SCALE).longValueExact();
    }

    /** The JSON and file form: two decimals, {@code "12345.60"}; only for amounts rounded to the fen. */
    public String toPlainString() {
        return amount.setScale(FEN_SCALE, RoundingMode.UNNECESSARY).toPlainString();
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money other && amount.compareTo(other.amount) == 0;
    }

    @Override
    public int hashCode() {
        return amount.hashCode();
    }

    @Override
    public String toString() {
        return amount.scale() <= FEN_SCALE ? toPlainString() : amount.toPlainString();
    }
}

package org.huzhu.domain.model.letter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Objects;
import org.huzhu.domain.model.shared.Sha256;

/**
 * The code printed on a letter that lets anyone check it on the verify page together with the
 * letter number. Ten characters from an alphabet without look-alikes (no 0/O, 1/I/L), about 49
 * bits: guessing one for a known letter number is hopeless at any rate the verify page allows.
 * Printed in two groups of five ({@link #grouped()}); typed input may use any case, spaces and
 * hyphens.
 */
public final class VerificationCode {

    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final int LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String value;

    private VerificationCode(String value) {
        this.value = value;
    }

    public static VerificationCode random() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        return new VerificationCode(new String(code));
    }

    /** A code as stored with its letter, or as printed, or as typed; refuses anything that cannot be a code. */
    public static VerificationCode of(String text) {
        Objects.requireNonNull(text, "text");
        String normalized = normalize(text);
        if (!isWellFormed(normalized)) {
            throw new IllegalArgumentException("not a verification code: " + text);
        }
        return new VerificationCode(normalized);
    }

    /**
     * Whether someone typed this code. Never throws: garbage simply does not match. The
     * comparison takes the same time wherever the first difference is, so response times do
     * not reveal how many leading characters were right.
     */
    public boolean isTypedAs(String typed) {
        if (typed == null) {
            return false;
        }
        return MessageDigest.isEqual(
                value.getBytes(StandardCharsets.US_ASCII),
                normalize(typed).getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * What the register of letters keeps instead of the code: the SHA-256 of the letter number
     * and the code, so that the code is printed in its letter and nowhere else.
     */
    public byte[] digestFor(String letterNumber) {
        return digest(letterNumber, value);
    }

    /**
     * Whether {@code typed} is the code whose {@link #digestFor digest} for this letter number is
     * {@code storedDigest}. Never throws, and takes the same time for any input of the same length.
     */
    public static boolean isTypedFor(String typed, String letterNumber, byte[] storedDigest) {
        return MessageDigest.isEqual(digest(letterNumber, typed == null ? "" : normalize(typed)), storedDigest);
    }

    private static byte[] digest(String letterNumber, String code) {
        return Sha256.digest((letterNumber + ":" + code).getBytes(StandardCharsets.UTF_8));
    }

    /** The stored form, {@code K7MX3Q9ZTB}. */
    public String value() {
        return value;
    }

    /** The printed form, {@code K7MX3-Q9ZTB}. */
    public String grouped() {
        return value.substring(0, LENGTH / 2) + "-" + value.substring(LENGTH / 2);
    }

    private static String normalize(String text) {
        return text.replace(" ", "").replace("-", "").toUpperCase(Locale.ROOT);
    }

    private static boolean isWellFormed(String normalized) {
        return normalized.length() == LENGTH
                && normalized.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VerificationCode other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Masked: a code in a log line would defeat its purpose. */
    @Override
    public String toString() {
        return "VerificationCode[" + value.charAt(0) + "*********]";
    }
}

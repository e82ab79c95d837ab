package org.huzhu.domain.model.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret of an API token, or the one-time key with which a member whose sign-in code was accepted signs in to
 * the server's realm: 256 random bits, shown once when issued. Only its SHA-256 is stored. A
 * plain hash is enough where bcrypt is needed for passwords: nobody can guess 256 random bits, so the
 * slow hash that protects a guessable password would only cost every API call a bcrypt.
 */
public record TokenSecret(String value) {

    private static final String PREFIX = "hz_";
    private static final int RANDOM_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    public static TokenSecret generate() {
        byte[] random = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(random);
        return new TokenSecret(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random));
    }

    /** Hex SHA-256 of the secret as sent in {@code Authorization: Bearer}. */
    public String hash() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Never the secret: a record's toString ends up in logs. */
    @Override
    public String toString() {
        return "TokenSecret[(hidden)]";
    }
}

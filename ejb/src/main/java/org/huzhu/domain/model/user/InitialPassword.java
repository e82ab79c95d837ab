package org.huzhu.domain.model.user;

import java.security.SecureRandom;

/** A password shown once to its holder and changed at first sign-in: random, easy to read out. */
public final class InitialPassword {

    // No 0/O, 1/l/I: it is read from a screen or a slip of paper and typed.
    private static final String ALPHABET = "23456789abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final int LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private InitialPassword() {
    }

    public static String generate() {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}

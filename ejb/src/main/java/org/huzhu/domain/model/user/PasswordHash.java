package org.huzhu.domain.model.user;

import java.util.Objects;

/** A stored bcrypt password: base64 hash and salt, and the cost. Never the password itself. */
public record PasswordHash(String hash, String salt, int cost) {

    public PasswordHash {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(salt, "salt");
    }

    /** The cost only: a hash and its salt are enough for an offline guessing attack. */
    @Override
    public String toString() {
        return "PasswordHash[cost=" + cost + "]";
    }
}

package org.huzhu.domain.model.user;

/**
 * The stored form of a sign-in code. A code has only a million values, so a plain hash of it is reversed at once by
 * whoever reads the table: the digest is keyed with a secret that is not in the database (HMAC).
 */
public interface CodeDigest {

    /** Hex digest of the code as typed. */
    String of(String code);
}

package org.huzhu.domain.model.shared;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256, the hash that identifies stored files (uploads, payment files, letters) and that letters are signed with.
 * Its hex form is lowercase, as the database and the API hold it.
 */
public final class Sha256 {

    private Sha256() {
    }

    /** The 64 lowercase hex characters of the hash of {@code data}. */
    public static String hex(byte[] data) {
        return HexFormat.of().formatHex(digest(data));
    }

    /** The 32 bytes of the hash of {@code data}. */
    public static byte[] digest(byte[] data) {
        return newDigest().digest(data);
    }

    /** A digest to feed as data streams through it (a file written to disk); {@link #hexOf} finishes it. */
    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Finishes a digest from {@link #newDigest} and gives its hash in hex. */
    public static String hexOf(MessageDigest running) {
        return HexFormat.of().formatHex(running.digest());
    }
}

package org.huzhu.domain.model.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.huzhu.domain.model.shared.MobilePhone;

/**
 * A code sent to a member's phone to sign in with (SPEC.md §12): six random digits, good for {@link #LIFETIME}
 * and {@link #TRIES} wrong tries, accepted once. Only its {@link CodeDigest} is kept. A phone gets at most one
 * code a minute and {@link #PER_DAY} in any 24 hours ({@link History}), so at most fifty guesses a day can be
 * made at one phone's codes.
 */
public final class SignInCode {

    public static final Duration LIFETIME = Duration.ofMinutes(5);
    public static final int TRIES = 5;
    public static final Duration ONE_EVERY = Duration.ofMinutes(1);
    public static final int PER_DAY = 10;
    public static final Duration DAY = Duration.ofHours(24);

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int DIGITS = 6;

    /** What came of typing a code. */
    public enum Check { ACCEPTED, WRONG, EXPIRED, USED_UP }

    /** A new code, and the digits themselves, which only the text message carries. */
    public record Issued(SignInCode code, String digits) {

        @Override
        public String toString() {
            return "Issued[" + code + "]";
        }
    }

    /** The codes a phone was sent in the day before now: how many, and when the last one. */
    public record History(int sentInLastDay, Optional<Instant> lastSent) {

        /** One a minute, {@value #PER_DAY} a day. */
        public boolean allowsAnother(Instant now) {
            return sentInLastDay < PER_DAY && lastSent.map(last -> !now.isBefore(last.plus(ONE_EVERY))).orElse(true);
        }
    }

    private final Long id;
    private final MobilePhone phone;
    private final String digest;
    private final Instant issuedAt;
    private final Instant expiresAt;
    private int triesLeft;
    private Instant usedAt;

    private SignInCode(Long id, MobilePhone phone, String digest, Instant issuedAt, Instant expiresAt, int triesLeft,
                       Instant usedAt) {
        this.id = id;
        this.phone = Objects.requireNonNull(phone, "phone");
        this.digest = Objects.requireNonNull(digest, "digest");
        this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        this.triesLeft = triesLeft;
        this.usedAt = usedAt;
    }

    public static Issued issue(MobilePhone phone, CodeDigest codeDigest, Instant now) {
        String digits = String.format("%0" + DIGITS + "d", RANDOM.nextInt(1_000_000));
        return new Issued(new SignInCode(null, phone, codeDigest.of(digits), now, now.plus(LIFETIME), TRIES, null), digits);
    }

    /** A code as its repository stored it. */
    public static SignInCode stored(long id, MobilePhone phone, String digest, Instant issuedAt, Instant expiresAt,
                                    int triesLeft, Instant usedAt) {
        return new SignInCode(id, phone, digest, issuedAt, expiresAt, triesLeft, usedAt);
    }

    /**
     * Checks what the member typed. A wrong code costs a try; once the tries are spent, or the code was accepted,
     * even the right code is refused.
     */
    public Check check(String typed, CodeDigest codeDigest, Instant now) {
        if (usedAt != null || triesLeft == 0) {
            return Check.USED_UP;
        }
        if (!now.isBefore(expiresAt)) {
            return Check.EXPIRED;
        }
        if (!MessageDigest.isEqual(codeDigest.of(typed).getBytes(StandardCharsets.US_ASCII),
                digest.getBytes(StandardCharsets.US_ASCII))) {
            triesLeft--;
            return Check.WRONG;
        }
        usedAt = now;
        return Check.ACCEPTED;
    }

    public Optional<Long> id() {
        return Optional.ofNullable(id);
    }

    public MobilePhone phone() {
        return phone;
    }

    public String digest() {
        return digest;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public int triesLeft() {
        return triesLeft;
    }

    public Optional<Instant> usedAt() {
        return Optional.ofNullable(usedAt);
    }

    /** Never the digest: a toString ends up in logs. */
    @Override
    public String toString() {
        return "SignInCode[" + phone + ", expires " + expiresAt + ", tries left " + triesLeft + "]";
    }
}

package org.huzhu.domain.model.user;

import java.time.Instant;
import java.util.Optional;
import org.huzhu.domain.model.shared.MobilePhone;

/** Codes sent to phones, and the one-time keys that an accepted code earns for the server's sign-in. */
public interface SignInCodeRepository {

    /**
     * The codes sent to the phone since {@code since}. Holds the phone until the caller's transaction ends, so that
     * two requests at the same moment cannot both find room for one more code.
     */
    SignInCode.History historyLocked(MobilePhone phone, Instant since);

    void add(SignInCode code);

    /** The phone's newest code, locked until the caller's transaction ends (its tries are counted down). */
    Optional<SignInCode> latestLocked(MobilePhone phone);

    /** Stores what a check changed: the tries left, and when it was accepted. */
    void update(SignInCode code);

    /** Lets the account sign in once with a key of this SHA-256 (hex) until {@code expiresAt}; replaces any earlier key. */
    void grantKey(String username, String keyHash, Instant expiresAt);

    void dropKey(String username);
}

package org.huzhu.application;

import java.util.Optional;
import org.huzhu.domain.model.shared.MobilePhone;
import org.huzhu.domain.model.user.TokenSecret;

/**
 * Sign-in with a code sent to the member's phone (SPEC.md §12). Neither method tells whether a number is on
 * record: a code goes out only to a phone that exactly one member has, and every refusal is the same.
 */
public interface CodeSignIn {

    /** What an accepted code earns: the account to sign in as, and a one-time key the server's realm accepts. */
    record Granted(String username, TokenSecret key) {
    }

    /**
     * Sends a code when the phone is one member's, their account is not disabled and the phone's limits (one a
     * minute, ten a day) leave room; otherwise does nothing, silently.
     */
    void requestCode(MobilePhone phone);

    /**
     * Checks the code against the phone's newest one (a wrong code costs one of its tries) and, when accepted,
     * gives the member an account if they have none (member number, role member, no password anyone knows).
     * Empty for a wrong, expired or spent code, a phone that is not exactly one member's, or a disabled account.
     */
    Optional<Granted> signIn(MobilePhone phone, String code);

    /** The key was used (or could not be): it lets nobody in again. */
    void keyUsed(String username);
}

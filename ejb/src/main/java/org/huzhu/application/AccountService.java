package org.huzhu.application;

import java.util.Optional;
import java.util.Set;
import org.huzhu.domain.model.user.PasswordState;

/** The signed-in user's own account. */
public interface AccountService {

    /** The account as pages show it. */
    record AccountView(String username, String displayName, Set<String> roles, boolean mustChangePassword) {
    }

    /** What a signed-in account may do now: nothing when disabled; only replace an issued password; or all its roles allow. */
    record Standing(boolean enabled, PasswordState password) {
    }

    Optional<AccountView> find(String username);

    /** Empty for a principal that is no account (an API token's). */
    Optional<Standing> standing(String username);

    /**
     * Replaces the password after checking the current one; an issued password is changed this way
     * at first sign-in. Refused with {@link RuleViolations} when the current password is wrong or
     * the new one is too weak; nothing changes then.
     */
    void changePassword(String username, char[] currentPassword, char[] newPassword);
}

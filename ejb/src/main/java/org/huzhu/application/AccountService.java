package org.huzhu.application;

import java.util.Optional;
import java.util.Set;

/** The signed-in user's own account. */
public interface AccountService {

    /** The account as pages show it. */
    record AccountView(String username, String displayName, Set<String> roles, boolean mustChangePassword) {
    }

    Optional<AccountView> find(String username);

    /**
     * Replaces the password after checking the current one; an issued password is changed this way
     * at first sign-in. Refused with {@link RuleViolations} when the current password is wrong or
     * the new one is too weak; nothing changes then.
     */
    void changePassword(String username, char[] currentPassword, char[] newPassword);
}

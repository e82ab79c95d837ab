package org.huzhu.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.huzhu.domain.model.user.Role;

/**
 * Accounts, administered by an admin (SPEC.md §1, §13): created, listed, disabled and enabled, their roles
 * changed and their passwords reset. Every change is in the audit trail with its admin and before → after.
 */
public interface UserAdministration {

    /** A new account and the password it signs in with once, to be changed at first sign-in. */
    record IssuedAccount(String username, String initialPassword) {

        /** Never the password: a record's toString ends up in logs and exception messages. */
        @Override
        public String toString() {
            return "IssuedAccount[username=" + username + ", initialPassword=(hidden)]";
        }
    }

    /** An account as an admin sees it; {@code passwordIssuedAt} is set while an issued password is in use. */
    record AccountSummary(String username, String displayName, Set<Role> roles, boolean enabled,
                          boolean mustChangePassword, Instant passwordIssuedAt, Instant createdAt) {
    }

    /**
     * @throws Conflict when the user name is taken
     * @throws RuleViolations when the roles are ones that the four-eyes rule keeps apart
     */
    IssuedAccount createStaff(String admin, String username, String displayName, Set<Role> roles);

    /** Staff accounts (every account but members'), by user name. */
    List<AccountSummary> listStaff();

    Optional<AccountSummary> find(String username);

    /** @throws NotFound for no such account; @throws Conflict for the admin's own account */
    void disable(String admin, String username);

    void enable(String admin, String username);

    /** @throws RuleViolations when the roles are kept apart, or a member's account would get staff roles */
    void changeRoles(String admin, String username, Set<Role> roles);

    /** A new issued password, shown once; the old one stops working at once. */
    IssuedAccount resetPassword(String admin, String username);
}

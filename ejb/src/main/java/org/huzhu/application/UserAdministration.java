package org.huzhu.application;

import java.util.Set;
import org.huzhu.domain.model.user.Role;

/** Staff accounts, created by an admin (SPEC.md §1). */
public interface UserAdministration {

    /** A new account and the password it signs in with once, to be changed at first sign-in. */
    record IssuedAccount(String username, String initialPassword) {

        /** Never the password: a record's toString ends up in logs and exception messages. */
        @Override
        public String toString() {
            return "IssuedAccount[username=" + username + ", initialPassword=(hidden)]";
        }
    }

    /** @throws org.huzhu.application.Conflict when the user name is taken */
    IssuedAccount createStaff(String username, String displayName, Set<Role> roles);
}

package org.huzhu.application;

import java.util.Optional;
import java.util.Set;

/** The signed-in user's own account. */
public interface AccountService {

    /** The account as pages show it. */
    record AccountView(String username, String displayName, Set<String> roles, boolean mustChangePassword) {
    }

    Optional<AccountView> find(String username);
}

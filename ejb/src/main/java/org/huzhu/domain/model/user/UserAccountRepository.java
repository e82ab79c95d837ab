package org.huzhu.domain.model.user;

import java.util.List;
import java.util.Optional;

/** The accounts that sign in and the API tokens: found, added and listed; changed through their own methods. */
public interface UserAccountRepository {

    Optional<UserAccount> find(String username);

    void add(UserAccount account);

    /** The staff's accounts by user name: members' accounts (thirty thousand a year) are not listed. */
    List<UserAccount> staff();

    boolean anyHolds(Role role);

    boolean tokenNamed(String name);

    /** Adds a token and gives it its id. */
    void add(ApiToken token);

    /** Every token, revoked ones too, in the order they were issued. */
    List<ApiToken> tokens();

    Optional<ApiToken> token(long id);

    /** The token with this secret's hash, unless it was revoked. */
    Optional<ApiToken> valid(String tokenHash);
}

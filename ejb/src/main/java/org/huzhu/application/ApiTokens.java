package org.huzhu.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.huzhu.domain.model.user.Role;

/**
 * API tokens for API clients (SPEC.md §13): an admin issues them (the token is shown once, only its
 * SHA-256 is stored), lists and revokes them; a request with {@code Authorization: Bearer} is signed in
 * as the token's principal with its roles. Issue and revocation are in the audit trail.
 */
public interface ApiTokens {

    /** A new token and its secret, which is never shown again. */
    record IssuedToken(long id, String name, Set<Role> roles, String token) {

        @Override
        public String toString() {
            return "IssuedToken[id=" + id + ", name=" + name + ", roles=" + roles + ", token=(hidden)]";
        }
    }

    record TokenView(long id, String name, Set<Role> roles, String createdBy, Instant createdAt, Instant revokedAt) {
    }

    /** Who a valid token signs in as: {@code api:<name>}, with the token's roles. */
    record TokenHolder(String principal, Set<String> roles) {
    }

    /**
     * @throws Conflict when a token of that name exists
     * @throws RuleViolations for roles a token may not hold (admin, member) or roles kept apart
     */
    IssuedToken issue(String admin, String name, Set<Role> roles);

    List<TokenView> list();

    /** Revoked at once: the next request with it is refused. @throws NotFound for no such token */
    void revoke(String admin, long id);

    /** Empty for an unknown or revoked token. Fast: valid tokens are remembered for a short while. */
    Optional<TokenHolder> authenticate(String token);
}

package org.huzhu.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.huzhu.domain.model.user.ApiToken;
import org.huzhu.domain.model.user.Role;
import org.huzhu.domain.model.user.UserAccount;
import org.huzhu.domain.model.user.UserAccountRepository;

/** Accounts ({@code user_account}, their roles) and API tokens with JPA, in the caller's transaction. */
@ApplicationScoped
public class JpaUserAccountRepository implements UserAccountRepository {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public Optional<UserAccount> find(String username) {
        return Optional.ofNullable(entityManager.find(UserAccount.class, username));
    }

    @Override
    public void add(UserAccount account) {
        entityManager.persist(account);
        // Written now, not at commit: statements of the same transaction that go through JDBC (a code sign-in's
        // one-time key, which refers to the account) must find it.
        entityManager.flush();
    }

    @Override
    public List<UserAccount> staff() {
        return entityManager.createQuery(
                        "SELECT DISTINCT u FROM UserAccount u JOIN u.roles r WHERE r <> :member ORDER BY u.username",
                        UserAccount.class)
                .setParameter("member", Role.MEMBER).getResultList();
    }

    @Override
    public boolean anyHolds(Role role) {
        return entityManager.createQuery("SELECT count(u) FROM UserAccount u JOIN u.roles r WHERE r = :role", Long.class)
                .setParameter("role", role).getSingleResult() > 0;
    }

    @Override
    public boolean tokenNamed(String name) {
        return !entityManager.createQuery("SELECT t.id FROM ApiToken t WHERE t.name = :name", Long.class)
                .setParameter("name", name).getResultList().isEmpty();
    }

    @Override
    public void add(ApiToken token) {
        entityManager.persist(token);
        entityManager.flush();
    }

    @Override
    public List<ApiToken> tokens() {
        return entityManager.createQuery("SELECT t FROM ApiToken t ORDER BY t.id", ApiToken.class).getResultList();
    }

    @Override
    public Optional<ApiToken> token(long id) {
        return Optional.ofNullable(entityManager.find(ApiToken.class, id));
    }

    @Override
    public Optional<ApiToken> valid(String tokenHash) {
        return entityManager.createQuery("SELECT t FROM ApiToken t WHERE t.tokenHash = :hash AND t.revokedAt IS NULL",
                        ApiToken.class)
                .setParameter("hash", tokenHash).getResultStream().findFirst();
    }
}

package org.huzhu.application.internal;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.TreeSet;
import org.huzhu.application.AccountService;
import org.huzhu.domain.model.user.Role;
import org.huzhu.domain.model.user.UserAccount;

@Stateless
public class DefaultAccountService implements AccountService {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public Optional<AccountView> find(String username) {
        return Optional.ofNullable(entityManager.find(UserAccount.class, username))
                .map(account -> new AccountView(account.username(), account.displayName(),
                        account.roles().stream().map(Role::realmName).collect(java.util.stream.Collectors.toCollection(TreeSet::new)),
                        account.mustChangePassword()));
    }
}

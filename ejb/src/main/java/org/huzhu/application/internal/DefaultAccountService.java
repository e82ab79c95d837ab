package org.huzhu.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import org.huzhu.application.RuleViolations;
import org.huzhu.domain.model.shared.Violation;
import org.huzhu.domain.model.user.PasswordPolicy;
import org.huzhu.infrastructure.security.BcryptPasswordHasher;
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

    @Inject
    private BcryptPasswordHasher passwordHasher;

    @Override
    public Optional<AccountView> find(String username) {
        return Optional.ofNullable(entityManager.find(UserAccount.class, username))
                .map(account -> new AccountView(account.username(), account.displayName(),
                        account.roles().stream().map(Role::realmName).collect(java.util.stream.Collectors.toCollection(TreeSet::new)),
                        account.mustChangePassword()));
    }

    @Override
    public void changePassword(String username, char[] currentPassword, char[] newPassword) {
        UserAccount account = entityManager.find(UserAccount.class, username);
        if (account == null || !passwordHasher.matches(currentPassword, account.password())) {
            throw new RuleViolations(List.of(new Violation("PASSWORD", "currentPassword",
                    "当前密码不正确", "the current password is wrong")));
        }
        List<Violation> weaknesses = PasswordPolicy.check(username, currentPassword, newPassword);
        if (!weaknesses.isEmpty()) {
            throw new RuleViolations(weaknesses);
        }
        account.changePassword(passwordHasher.hash(newPassword), false);
        Arrays.fill(newPassword, '\0');
    }
}

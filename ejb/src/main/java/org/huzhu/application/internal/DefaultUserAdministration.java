package org.huzhu.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import java.util.logging.Logger;
import org.huzhu.application.Conflict;
import org.huzhu.application.UserAdministration;
import org.huzhu.domain.model.user.InitialPassword;
import org.huzhu.domain.model.user.Role;
import org.huzhu.domain.model.user.UserAccount;
import org.huzhu.infrastructure.security.BcryptPasswordHasher;

@Stateless
public class DefaultUserAdministration implements UserAdministration {

    private static final Logger LOG = Logger.getLogger(DefaultUserAdministration.class.getName());

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private BcryptPasswordHasher passwordHasher;

    @Override
    public IssuedAccount createStaff(String username, String displayName, Set<Role> roles) {
        if (entityManager.find(UserAccount.class, username) != null) {
            throw new Conflict("duplicate-user", "用户名 " + username + " 已被使用", "user name " + username + " is taken");
        }
        String password = InitialPassword.generate();
        entityManager.persist(new UserAccount(username, displayName, passwordHasher.hash(password.toCharArray()), roles, true));
        LOG.info(() -> "staff account " + username + " created with roles " + roles);
        return new IssuedAccount(username, password);
    }
}

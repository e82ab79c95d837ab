package org.huzhu.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.logging.Logger;
import org.huzhu.domain.model.user.Role;
import org.huzhu.domain.model.user.UserAccount;
import org.huzhu.domain.model.user.UserAccountRepository;
import org.huzhu.infrastructure.security.BcryptPasswordHasher;

/**
 * A new installation has no one who could create accounts: when no admin exists and the server's
 * environment has HUZHU_ADMIN_PASSWORD, the account {@code admin} is created with it as an issued
 * password: it only lets the admin choose their own, within the days an issued password lasts.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class InitialAdmin {

    static final String USERNAME = "admin";
    private static final Logger LOG = Logger.getLogger(InitialAdmin.class.getName());

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private BcryptPasswordHasher passwordHasher;

    @PostConstruct
    void createWhenNoAdminExists() {
        String password = System.getenv("HUZHU_ADMIN_PASSWORD");
        if (password == null || password.isBlank()) {
            return;
        }
        if (!accounts.anyHolds(Role.ADMIN) && accounts.find(USERNAME).isEmpty()) {
            accounts.add(new UserAccount(USERNAME, "系统管理员", passwordHasher.hash(password.toCharArray()),
                    EnumSet.of(Role.ADMIN), true));
            LOG.info("initial admin account created from HUZHU_ADMIN_PASSWORD");
        }
    }
}

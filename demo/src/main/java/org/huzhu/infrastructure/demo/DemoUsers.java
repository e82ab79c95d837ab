package org.huzhu.infrastructure.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;
import org.huzhu.domain.model.user.Role;
import org.huzhu.domain.model.user.UserAccount;
import org.huzhu.domain.model.user.UserAccountRepository;
import org.huzhu.infrastructure.HuzhuSettings;
import org.huzhu.infrastructure.security.BcryptPasswordHasher;

/**
 * The demo users of SPEC.md §11, created once and only in the demo profile, all with the password
 * in HUZHU_DEMO_PASSWORD (default huzhu-demo).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoUsers {

    private static final Logger LOG = Logger.getLogger(DemoUsers.class.getName());
    private static final String DEFAULT_PASSWORD = "huzhu-demo";

    /** The one password of every demo account, staff and members: published, so never a secret. */
    static char[] password() {
        return System.getenv().getOrDefault("HUZHU_DEMO_PASSWORD", DEFAULT_PASSWORD).toCharArray();
    }

    record DemoUser(String username, String displayName, Role role) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("clerk1", "经办人一", Role.CLERK),
            new DemoUser("clerk2", "经办人二", Role.CLERK),
            new DemoUser("reviewer1", "审核人一", Role.REVIEWER),
            new DemoUser("finance1", "财务一", Role.FINANCE),
            new DemoUser("admin1", "系统管理员", Role.ADMIN));

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private BcryptPasswordHasher passwordHasher;

    @PostConstruct
    void createDemoUsers() {
        if (!HuzhuSettings.isDemo()) {
            return;
        }
        for (DemoUser user : USERS) {
            if (accounts.find(user.username()).isEmpty()) {
                accounts.add(new UserAccount(user.username(), user.displayName(),
                        passwordHasher.hash(password()), EnumSet.of(user.role()), false));
                LOG.info(() -> "demo user " + user.username() + " created");
            }
        }
    }
}

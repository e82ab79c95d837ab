package org.huzhu.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.huzhu.application.Conflict;
import org.huzhu.application.NotFound;
import org.huzhu.application.RuleViolations;
import org.huzhu.application.UserAdministration;
import org.huzhu.domain.model.audit.AuditTrail;
import org.huzhu.domain.model.shared.Violation;
import org.huzhu.domain.model.user.InitialPassword;
import org.huzhu.domain.model.user.Role;
import org.huzhu.domain.model.user.RoleSeparation;
import org.huzhu.domain.model.user.UserAccount;
import org.huzhu.domain.model.user.UserAccountRepository;
import org.huzhu.infrastructure.security.BcryptPasswordHasher;

@Stateless
public class DefaultUserAdministration implements UserAdministration {

    private static final Logger LOG = Logger.getLogger(DefaultUserAdministration.class.getName());

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private BcryptPasswordHasher passwordHasher;

    @Override
    public IssuedAccount createStaff(String admin, String username, String displayName, Set<Role> roles) {
        requireSeparated(roles);
        if (accounts.find(username).isPresent()) {
            throw new Conflict("duplicate-user", "用户名 " + username + " 已被使用", "user name " + username + " is taken");
        }
        String password = InitialPassword.generate();
        accounts.add(new UserAccount(username, displayName, passwordHasher.hash(password.toCharArray()), roles, true));
        auditTrail.record(AccountAudit.entry(admin, AccountAudit.ACCOUNT, username, "CREATE",
                "roles - → " + AccountAudit.roles(roles) + "; password issued"));
        LOG.info(() -> "staff account " + username + " created by " + admin + " with roles " + roles);
        return new IssuedAccount(username, password);
    }

    @Override
    public List<AccountSummary> listStaff() {
        return accounts.staff().stream().map(DefaultUserAdministration::summary).toList();
    }

    @Override
    public Optional<AccountSummary> find(String username) {
        return accounts.find(username).map(DefaultUserAdministration::summary);
    }

    @Override
    public void disable(String admin, String username) {
        if (admin.equals(username)) {
            throw new Conflict("own-account", "不能停用自己的账户", "an admin cannot disable their own account");
        }
        UserAccount account = account(username);
        if (account.isEnabled()) {
            account.disable();
            auditTrail.record(AccountAudit.entry(admin, AccountAudit.ACCOUNT, username, "DISABLE", "enabled → disabled"));
        }
    }

    @Override
    public void enable(String admin, String username) {
        UserAccount account = account(username);
        if (!account.isEnabled()) {
            account.enable();
            auditTrail.record(AccountAudit.entry(admin, AccountAudit.ACCOUNT, username, "ENABLE", "disabled → enabled"));
        }
    }

    @Override
    public void changeRoles(String admin, String username, Set<Role> roles) {
        UserAccount account = account(username);
        Set<Role> before = account.roles();
        if (before.contains(Role.MEMBER)) {
            throw new RuleViolations(List.of(new Violation(RoleSeparation.CODE, "roles", "会员账户的角色不能修改",
                    "a member's account keeps the member role only")));
        }
        requireSeparated(roles);
        if (admin.equals(username) && !roles.contains(Role.ADMIN)) {
            throw new Conflict("own-account", "不能取消自己的管理员角色", "an admin cannot take the admin role from themselves");
        }
        if (!before.equals(roles)) {
            account.changeRoles(roles);
            auditTrail.record(AccountAudit.entry(admin, AccountAudit.ACCOUNT, username, "CHANGE_ROLES",
                    "roles " + AccountAudit.roles(before) + " → " + AccountAudit.roles(roles)));
        }
    }

    @Override
    public IssuedAccount resetPassword(String admin, String username) {
        UserAccount account = account(username);
        String before = account.mustChangePassword() ? "issued" : "chosen by holder";
        String password = InitialPassword.generate();
        account.issuePassword(passwordHasher.hash(password.toCharArray()), Instant.now());
        auditTrail.record(AccountAudit.entry(admin, AccountAudit.ACCOUNT, username, "RESET_PASSWORD",
                "password " + before + " → issued"));
        return new IssuedAccount(username, password);
    }

    private UserAccount account(String username) {
        return accounts.find(username).orElseThrow(() -> new NotFound("没有账户 " + username, "no account " + username));
    }

    private static void requireSeparated(Set<Role> roles) {
        List<Violation> breaches = RoleSeparation.check(roles);
        if (!breaches.isEmpty()) {
            throw new RuleViolations(breaches);
        }
    }

    private static AccountSummary summary(UserAccount account) {
        return new AccountSummary(account.username(), account.displayName(), account.roles(), account.isEnabled(),
                account.mustChangePassword(), account.passwordIssuedAt(), account.createdAt());
    }
}

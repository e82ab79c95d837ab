package org.huzhu.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.huzhu.application.AccountService;
import org.huzhu.application.RuleViolations;
import org.huzhu.domain.model.audit.AuditTrail;
import org.huzhu.domain.model.member.MemberRepository;
import org.huzhu.domain.model.shared.MobilePhone;
import org.huzhu.domain.model.shared.Violation;
import org.huzhu.domain.model.user.PasswordPolicy.HolderDetails;
import org.huzhu.domain.model.user.PasswordPolicy;
import org.huzhu.domain.model.user.Role;
import org.huzhu.domain.model.user.UserAccount;
import org.huzhu.domain.model.user.UserAccountRepository;
import org.huzhu.infrastructure.HuzhuSettings;
import org.huzhu.infrastructure.security.BcryptPasswordHasher;

@Stateless
public class DefaultAccountService implements AccountService {

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private MemberRepository members;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private BcryptPasswordHasher passwordHasher;

    @Override
    public Optional<AccountView> find(String username) {
        return accounts.find(username)
                .map(account -> new AccountView(account.username(), account.displayName(),
                        account.roles().stream().map(Role::realmName).collect(Collectors.toCollection(TreeSet::new)),
                        account.mustChangePassword()));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Standing> standing(String username) {
        return accounts.find(username)
                .map(account -> new Standing(account.isEnabled(),
                        account.passwordState(Instant.now(), HuzhuSettings.issuedPasswordValidity())));
    }

    @Override
    public void changePassword(String username, char[] currentPassword, char[] newPassword) {
        UserAccount account = accounts.find(username).orElse(null);
        if (account == null || !passwordHasher.matches(currentPassword, account.password())) {
            throw new RuleViolations(List.of(new Violation("PASSWORD", "currentPassword",
                    "当前密码不正确", "the current password is wrong")));
        }
        List<Violation> weaknesses = PasswordPolicy.check(username, currentPassword, newPassword, holderDetails(account));
        if (!weaknesses.isEmpty()) {
            throw new RuleViolations(weaknesses);
        }
        String before = account.mustChangePassword() ? "issued" : "chosen by holder";
        account.changePassword(passwordHasher.hash(newPassword));
        auditTrail.record(AccountAudit.entry(username, AccountAudit.ACCOUNT, username, "CHANGE_PASSWORD",
                "password " + before + " → chosen by holder"));
        Arrays.fill(newPassword, '\0');
    }

    /** A member's ID, birth date and phone: what people around them know, so never their password. */
    private HolderDetails holderDetails(UserAccount account) {
        if (!account.roles().contains(Role.MEMBER)) {
            return HolderDetails.NONE;
        }
        return members.byNumber(account.username())
                .map(member -> new HolderDetails(member.residentId().value(), member.birthDate(), member.phone().map(MobilePhone::number).orElse(null)))
                .orElse(HolderDetails.NONE);
    }
}

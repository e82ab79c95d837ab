package org.huzhu.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.huzhu.application.CodeSignIn;
import org.huzhu.domain.model.audit.AuditTrail;
import org.huzhu.domain.model.member.Member;
import org.huzhu.domain.model.member.MemberRepository;
import org.huzhu.domain.model.notice.Notice;
import org.huzhu.domain.model.notice.NoticeKind;
import org.huzhu.domain.model.notice.Outbox;
import org.huzhu.domain.model.shared.MobilePhone;
import org.huzhu.domain.model.user.CodeDigest;
import org.huzhu.domain.model.user.Role;
import org.huzhu.domain.model.user.SignInCode;
import org.huzhu.domain.model.user.SignInCodeRepository;
import org.huzhu.domain.model.user.TokenSecret;
import org.huzhu.domain.model.user.UserAccount;
import org.huzhu.domain.model.user.UserAccountRepository;
import org.huzhu.infrastructure.security.BcryptPasswordHasher;

@Stateless
public class DefaultCodeSignIn implements CodeSignIn {

    /** Long enough for the web module to hand the key to the realm right after this transaction commits. */
    private static final Duration KEY_LIFETIME = Duration.ofMinutes(1);
    /** Two members with one number are enough to refuse it. */
    private static final int SHARED = 2;

    @Inject
    private SignInCodeRepository codes;

    @Inject
    private MemberRepository members;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private Outbox outbox;

    @Inject
    private CodeDigest codeDigest;

    @Inject
    private BcryptPasswordHasher passwordHasher;

    @Inject
    private AuditTrail auditTrail;

    @Override
    public void requestCode(MobilePhone phone) {
        Optional<Member> member = soleHolderOf(phone);
        if (member.isEmpty() || accountDisabled(member.get())) {
            return;
        }
        Instant now = Instant.now();
        if (!codes.historyLocked(phone, now.minus(SignInCode.DAY)).allowsAnother(now)) {
            return;
        }
        SignInCode.Issued issued = SignInCode.issue(phone, codeDigest, now);
        codes.add(issued.code());
        outbox.post(new Notice(phone, NoticeKind.SIGN_IN_CODE, Map.of("code", issued.digits())));
    }

    @Override
    public Optional<Granted> signIn(MobilePhone phone, String code) {
        Optional<Member> member = soleHolderOf(phone);
        Optional<SignInCode> latest = member.isEmpty() ? Optional.empty() : codes.latestLocked(phone);
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        SignInCode.Check check = latest.get().check(code, codeDigest, Instant.now());
        codes.update(latest.get());
        if (check != SignInCode.Check.ACCEPTED || accountDisabled(member.get())) {
            return Optional.empty();
        }
        String username = accountOf(member.get()).username();
        TokenSecret key = TokenSecret.generate();
        codes.grantKey(username, key.hash(), Instant.now().plus(KEY_LIFETIME));
        return Optional.of(new Granted(username, key));
    }

    @Override
    public void keyUsed(String username) {
        codes.dropKey(username);
    }

    private Optional<Member> soleHolderOf(MobilePhone phone) {
        List<Member> holders = members.withPhone(phone, SHARED);
        return holders.size() == 1 ? Optional.of(holders.get(0)) : Optional.empty();
    }

    private boolean accountDisabled(Member member) {
        return accounts.find(member.memberNo()).map(account -> !account.isEnabled()).orElse(false);
    }

    /**
     * The member's account, made at their first code sign-in for a member a roster imported: user name = member
     * number, as registration names it, and a password nobody knows (the hash of a random key that is thrown
     * away), so that it signs in by code until an admin's reset issues a password.
     */
    private UserAccount accountOf(Member member) {
        return accounts.find(member.memberNo()).orElseGet(() -> {
            UserAccount account = new UserAccount(member.memberNo(), member.name(),
                    passwordHasher.hash(TokenSecret.generate().value().toCharArray()), EnumSet.of(Role.MEMBER), false);
            accounts.add(account);
            auditTrail.record(AccountAudit.entry(member.memberNo(), AccountAudit.ACCOUNT, member.memberNo(), "CREATE",
                    "roles - → member; signs in by code"));
            return account;
        });
    }
}

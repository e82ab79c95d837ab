package org.huzhu.application.internal;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.huzhu.application.ApiTokens;
import org.huzhu.application.Conflict;
import org.huzhu.application.NotFound;
import org.huzhu.application.RuleViolations;
import org.huzhu.domain.model.audit.AuditTrail;
import org.huzhu.domain.model.shared.Violation;
import org.huzhu.domain.model.user.ApiToken;
import org.huzhu.domain.model.user.Role;
import org.huzhu.domain.model.user.TokenSecret;
import org.huzhu.domain.model.user.UserAccountRepository;

@Stateless
public class DefaultApiTokens implements ApiTokens {

    private static final Logger LOG = Logger.getLogger(DefaultApiTokens.class.getName());

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private AuditTrail auditTrail;

    @EJB
    private ApiTokenCache cache;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Override
    public IssuedToken issue(String admin, String name, Set<Role> roles) {
        List<Violation> refused = ApiToken.violations(roles);
        if (!refused.isEmpty()) {
            throw new RuleViolations(refused);
        }
        if (accounts.tokenNamed(name)) {
            throw new Conflict("duplicate-token", "已有名为 " + name + " 的令牌", "a token named " + name + " exists");
        }
        TokenSecret secret = TokenSecret.generate();
        ApiToken token = new ApiToken(name, secret, roles, admin, Instant.now());
        accounts.add(token);
        auditTrail.record(AccountAudit.entry(admin, AccountAudit.API_TOKEN, name, "ISSUE",
                "roles - → " + AccountAudit.roles(roles)));
        LOG.info(() -> "API token " + name + " issued by " + admin + " with roles " + roles);
        return new IssuedToken(token.id(), name, token.roles(), secret.value());
    }

    @Override
    public List<TokenView> list() {
        return accounts.tokens().stream()
                .map(t -> new TokenView(t.id(), t.name(), t.roles(), t.createdBy(), t.createdAt(), t.revokedAt()))
                .toList();
    }

    @Override
    public void revoke(String admin, long id) {
        ApiToken token = accounts.token(id).orElseThrow(() -> new NotFound("没有令牌 " + id, "no token " + id));
        if (!token.isRevoked()) {
            token.revoke(admin, Instant.now());
            auditTrail.record(AccountAudit.entry(admin, AccountAudit.API_TOKEN, token.name(), "REVOKE", "valid → revoked"));
            // Forgotten after the commit: forgetting before it would let a request in between cache it again.
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    cache.forgetAll();
                }
            });
        }
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<TokenHolder> authenticate(String token) {
        String hash = new TokenSecret(token).hash();
        Optional<TokenHolder> remembered = cache.find(hash);
        if (remembered.isPresent()) {
            return remembered;
        }
        Optional<TokenHolder> holder = accounts.valid(hash)
                .map(t -> new TokenHolder(t.principal(), t.roles().stream().map(Role::realmName).collect(Collectors.toSet())));
        holder.ifPresent(h -> cache.remember(hash, h));
        return holder;
    }
}

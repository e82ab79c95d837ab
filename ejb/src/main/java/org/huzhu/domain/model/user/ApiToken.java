package org.huzhu.domain.model.user;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.huzhu.domain.model.shared.Violation;

/**
 * An API client's credential (a unit's HR system, a hospital): a name, the roles it acts in and the
 * SHA-256 of its secret. Tokens act as clerk, reviewer or finance, never as admin or a member: an
 * admin's powers stay with a person who signs in.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    /** Every principal of a token starts so; user names cannot hold a colon, so the two never collide. */
    public static final String PRINCIPAL_PREFIX = "api:";
    public static final Set<Role> ALLOWED_ROLES = EnumSet.of(Role.CLERK, Role.REVIEWER, Role.FINANCE);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "api_token_role", joinColumns = @JoinColumn(name = "token_id"))
    @Column(name = "role")
    @Convert(converter = RoleConverter.class)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected ApiToken() {
    }

    public ApiToken(String name, TokenSecret secret, Set<Role> roles, String createdBy, Instant now) {
        if (!violations(roles).isEmpty()) {
            throw new IllegalArgumentException(violations(roles).get(0).messageEn());
        }
        this.name = Objects.requireNonNull(name, "name");
        this.tokenHash = secret.hash();
        this.roles.addAll(roles);
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = now;
    }

    /** The roles a token may carry: staff roles other than admin, kept apart like an account's. */
    public static List<Violation> violations(Set<Role> roles) {
        if (!ALLOWED_ROLES.containsAll(roles)) {
            return List.of(new Violation("TOKEN_ROLES", "roles", "令牌只能是经办人、审核人或财务角色",
                    "a token acts as clerk, reviewer or finance only"));
        }
        return RoleSeparation.check(roles);
    }

    public void revoke(String admin, Instant now) {
        if (revokedAt == null) {
            this.revokedBy = admin;
            this.revokedAt = now;
        }
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String principal() {
        return PRINCIPAL_PREFIX + name;
    }

    public String tokenHash() {
        return tokenHash;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}

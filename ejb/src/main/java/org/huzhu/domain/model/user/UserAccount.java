package org.huzhu.domain.model.user;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Convert;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** Someone who signs in: staff created by an admin, or a member with their member number. */
@Entity
@Table(name = "app_user")
public class UserAccount {

    @Id
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "password_salt", nullable = false)
    private String passwordSalt;

    @Column(name = "password_iterations", nullable = false)
    private int passwordCost;

    private boolean enabled = true;

    @Column(name = "must_change_password")
    private boolean mustChangePassword;

    @Column(name = "password_issued_at")
    private Instant passwordIssuedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "username"))
    @Column(name = "role")
    @Convert(converter = RoleConverter.class)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected UserAccount() {
    }

    /**
     * @param issued true for a password issued by an admin or a clerk (shown once, to be replaced by its holder),
     *               false for one its holder knows as theirs (the demo profile's seeded accounts)
     */
    public UserAccount(String username, String displayName, PasswordHash password, Set<Role> roles, boolean issued) {
        this.username = Objects.requireNonNull(username, "username");
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.roles.addAll(RoleSeparation.require(roles));
        if (issued) {
            issuePassword(password, Instant.now());
        } else {
            changePassword(password);
        }
    }

    /** A password chosen by the holder: it does everything the roles allow, for as long as it is not replaced. */
    public final void changePassword(PasswordHash password) {
        storePassword(password);
        this.mustChangePassword = false;
        this.passwordIssuedAt = null;
    }

    /** A password issued by someone else (a new account, a reset): its holder can only replace it. */
    public final void issuePassword(PasswordHash password, Instant now) {
        storePassword(password);
        this.mustChangePassword = true;
        this.passwordIssuedAt = now;
    }

    private void storePassword(PasswordHash password) {
        this.passwordHash = password.hash();
        this.passwordSalt = password.salt();
        this.passwordCost = password.cost();
    }

    /** An issued password is good for {@code validity} after it was issued, and then for nothing. */
    public PasswordState passwordState(Instant now, Duration validity) {
        if (!mustChangePassword) {
            return PasswordState.CHOSEN;
        }
        return now.isBefore(passwordIssuedAt.plus(validity)) ? PasswordState.ISSUED : PasswordState.ISSUED_EXPIRED;
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    /** The roles of a staff account, kept apart as the four-eyes rule requires ({@link RoleSeparation}). */
    public void changeRoles(Set<Role> newRoles) {
        RoleSeparation.require(newRoles);
        this.roles.clear();
        this.roles.addAll(newRoles);
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public PasswordHash password() {
        return new PasswordHash(passwordHash, passwordSalt, passwordCost);
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant passwordIssuedAt() {
        return passwordIssuedAt;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}

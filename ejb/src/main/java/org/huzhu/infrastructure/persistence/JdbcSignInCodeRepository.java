package org.huzhu.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.huzhu.domain.model.shared.MobilePhone;
import org.huzhu.domain.model.user.SignInCode;
import org.huzhu.domain.model.user.SignInCodeRepository;

/** Sign-in codes in {@code sign_in_code} and the realm's one-time keys in {@code sign_in_key} (V15). */
@ApplicationScoped
public class JdbcSignInCodeRepository extends SqlRepository implements SignInCodeRepository {

    JdbcSignInCodeRepository() {
        super("sign-in codes");
    }

    @Override
    public SignInCode.History historyLocked(MobilePhone phone, Instant since) {
        // No row may exist yet to lock: a transaction-scoped advisory lock on the number stands in for one.
        sql().list("SELECT pg_advisory_xact_lock(hashtext('sign_in_code:' || ?))", rs -> true, phone.number());
        return sql().one("SELECT count(*), max(issued_at) FROM sign_in_code WHERE phone = ? AND issued_at > ?",
                rs -> new SignInCode.History(rs.getInt(1), Optional.ofNullable(instant(rs, 2))),
                phone.number(), since).orElseThrow();
    }

    @Override
    public void add(SignInCode code) {
        sql().update("INSERT INTO sign_in_code (phone, code_hash, issued_at, expires_at, tries_left) VALUES (?, ?, ?, ?, ?)",
                code.phone().number(), code.digest(), code.issuedAt(), code.expiresAt(), code.triesLeft());
    }

    @Override
    public Optional<SignInCode> latestLocked(MobilePhone phone) {
        return sql().one("""
                SELECT id, code_hash, issued_at, expires_at, tries_left, used_at FROM sign_in_code
                WHERE phone = ? ORDER BY issued_at DESC, id DESC LIMIT 1 FOR UPDATE""",
                rs -> SignInCode.stored(rs.getLong(1), phone, rs.getString(2), instant(rs, 3), instant(rs, 4),
                        rs.getInt(5), instant(rs, 6)),
                phone.number());
    }

    @Override
    public void update(SignInCode code) {
        sql().update("UPDATE sign_in_code SET tries_left = ?, used_at = ? WHERE id = ?",
                code.triesLeft(), code.usedAt().orElse(null), code.id().orElseThrow());
    }

    @Override
    public void grantKey(String username, String keyHash, Instant expiresAt) {
        sql().update("""
                INSERT INTO sign_in_key (username, key_hash, expires_at) VALUES (?, ?, ?)
                ON CONFLICT (username) DO UPDATE SET key_hash = EXCLUDED.key_hash, expires_at = EXCLUDED.expires_at""",
                username, keyHash, expiresAt);
    }

    @Override
    public void dropKey(String username) {
        sql().update("DELETE FROM sign_in_key WHERE username = ?", username);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}

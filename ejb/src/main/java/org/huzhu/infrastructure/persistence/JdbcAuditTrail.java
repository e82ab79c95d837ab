package org.huzhu.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import org.huzhu.domain.model.audit.AuditEntry;
import org.huzhu.domain.model.audit.AuditTrail;

/** The audit trail in table {@code audit_log} (V1), written in JDBC batches so that a chunk's entries cost one round trip. */
@ApplicationScoped
public class JdbcAuditTrail extends SqlRepository implements AuditTrail {

    private static final String INSERT = """
            INSERT INTO audit_log (at, actor, entity_type, entity_ref, action, from_status, to_status, reason)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";

    JdbcAuditTrail() {
        super("audit trail");
    }

    @Override
    public void record(AuditEntry entry) {
        recordAll(List.of(entry));
    }

    @Override
    public void recordAll(Collection<AuditEntry> entries) {
        sql().batch(INSERT, entries.stream().map(JdbcAuditTrail::values).toList());
    }

    @Override
    public List<AuditEntry> of(String entityType, String entityRef) {
        return sql().list("""
                SELECT at, actor, entity_type, entity_ref, action, from_status, to_status, reason
                FROM audit_log WHERE entity_type = ? AND entity_ref = ? ORDER BY at, id""",
                JdbcAuditTrail::entry, entityType, entityRef);
    }

    /** The statement's values of an entry: also what the demo county's bulk writer inserts. */
    public static Object[] values(AuditEntry entry) {
        return new Object[] {entry.at(), entry.actor(), entry.entityType(), entry.entityRef(), entry.action(),
                entry.fromStatus(), entry.toStatus(), entry.reason()};
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        return AuditEntry.stored(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8));
    }
}

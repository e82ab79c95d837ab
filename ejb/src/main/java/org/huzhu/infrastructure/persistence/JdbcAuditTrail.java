package org.huzhu.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.huzhu.domain.model.audit.AuditEntry;
import org.huzhu.domain.model.audit.AuditPage;
import org.huzhu.domain.model.audit.AuditSearch;
import org.huzhu.domain.model.audit.AuditTrail;

/** The audit trail in table {@code audit_log} (V1), written in JDBC batches so that a chunk's entries cost one round trip. */
@ApplicationScoped
public class JdbcAuditTrail extends SqlRepository implements AuditTrail {

    private static final String COLUMNS = "at, actor, entity_type, entity_ref, action, from_status, to_status, reason";

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
        return sql().list("SELECT " + COLUMNS + " FROM audit_log WHERE entity_type = ? AND entity_ref = ?"
                + " ORDER BY at, id", JdbcAuditTrail::entry, entityType, entityRef);
    }

    /**
     * One more row than the page holds tells whether more follow. The order {@code at DESC, id DESC} is total, so a
     * page never repeats or skips an entry of its neighbours; V20's indexes serve it for each filter.
     */
    @Override
    public AuditPage search(AuditSearch search) {
        List<String> conditions = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        if (!search.entities().isEmpty()) {
            String marks = String.join(", ", Collections.nCopies(search.entities().size(), "?"));
            conditions.add("entity_type IN (" + marks + ")");
            search.entities().forEach(entity -> values.add(entity.name()));
        }
        condition(conditions, values, "entity_ref = ?", search.ref());
        condition(conditions, values, "actor = ?", search.actor());
        condition(conditions, values, "at >= ?", search.notBefore());
        condition(conditions, values, "at < ?", search.before());
        values.add(search.size() + 1);
        values.add(search.offset());
        List<AuditEntry> rows = sql().list("SELECT " + COLUMNS + " FROM audit_log"
                        + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                        + " ORDER BY at DESC, id DESC LIMIT ? OFFSET ?",
                JdbcAuditTrail::entry, values.toArray());
        boolean hasMore = rows.size() > search.size();
        return new AuditPage(hasMore ? rows.subList(0, search.size()) : rows, search.page(), search.size(), hasMore);
    }

    private static void condition(List<String> conditions, List<Object> values, String condition, Object value) {
        if (value != null) {
            conditions.add(condition);
            values.add(value);
        }
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

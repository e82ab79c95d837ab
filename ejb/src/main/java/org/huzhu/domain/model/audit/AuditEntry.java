package org.huzhu.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Who did what to which record, when, from which state to which, and why. Written, never changed. */
@Entity
@Table(name = "audit_log")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(name = "entity_type", nullable = false, updatable = false)
    private String entityType;

    @Column(name = "entity_ref", nullable = false, updatable = false)
    private String entityRef;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(name = "from_status", updatable = false)
    private String fromStatus;

    @Column(name = "to_status", updatable = false)
    private String toStatus;

    @Column(updatable = false)
    private String reason;

    protected AuditEntry() {
    }

    public AuditEntry(Instant at, String actor, String entityType, String entityRef, String action,
                      Enum<?> from, Enum<?> to, String reason) {
        this.at = at;
        this.actor = actor;
        this.entityType = entityType;
        this.entityRef = entityRef;
        this.action = action;
        this.fromStatus = from == null ? null : from.name();
        this.toStatus = to == null ? null : to.name();
        this.reason = reason;
    }

    /** An entry as the trail stored it, statuses by name. */
    public static AuditEntry stored(Instant at, String actor, String entityType, String entityRef, String action,
                                    String fromStatus, String toStatus, String reason) {
        AuditEntry entry = new AuditEntry(at, actor, entityType, entityRef, action, null, null, reason);
        entry.fromStatus = fromStatus;
        entry.toStatus = toStatus;
        return entry;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String entityType() {
        return entityType;
    }

    public String entityRef() {
        return entityRef;
    }

    public String action() {
        return action;
    }

    public String fromStatus() {
        return fromStatus;
    }

    public String toStatus() {
        return toStatus;
    }

    public String reason() {
        return reason;
    }
}

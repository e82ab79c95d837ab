package org.huzhu.domain.model.audit;

import java.util.Collection;
import java.util.List;

/**
 * The audit log's one writer and reader. Entries are added in the caller's transaction, so an entry exists exactly
 * when the change it explains was committed; they are never changed or removed.
 */
public interface AuditTrail {

    void record(AuditEntry entry);

    /** Adds many entries at once (a batch job's chunk), in the given order. */
    void recordAll(Collection<AuditEntry> entries);

    /** What happened to one record, oldest first. */
    List<AuditEntry> of(String entityType, String entityRef);

    /** The entries that match every filter of the search, newest first ({@code at}, then the order written). */
    AuditPage search(AuditSearch search);
}

package org.huzhu.domain.model.audit;

import java.util.List;

/**
 * A page of the audit trail, newest first. It says whether more follow rather than how many there are in all:
 * counting every match of a broad question would read the whole log on each page.
 */
public record AuditPage(List<AuditEntry> items, int page, int size, boolean hasMore) {

    public AuditPage {
        items = List.copyOf(items);
    }
}

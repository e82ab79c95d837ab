package org.huzhu.application;

import org.huzhu.domain.model.audit.AuditPage;
import org.huzhu.domain.model.audit.AuditSearch;

/** The audit trail as admin and finance read it (issue 17): who changed what, newest first. */
public interface AuditQuery {

    /** A page of the entries that match; the caller has already held finance to the entities about money. */
    AuditPage search(AuditSearch search);
}

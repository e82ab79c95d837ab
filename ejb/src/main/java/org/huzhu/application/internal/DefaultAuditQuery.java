package org.huzhu.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.huzhu.application.AuditQuery;
import org.huzhu.domain.model.audit.AuditPage;
import org.huzhu.domain.model.audit.AuditSearch;
import org.huzhu.domain.model.audit.AuditTrail;

@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DefaultAuditQuery implements AuditQuery {

    @Inject
    private AuditTrail auditTrail;

    @Override
    public AuditPage search(AuditSearch search) {
        return auditTrail.search(search);
    }
}

package org.huzhu.application.internal;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.huzhu.domain.model.audit.AuditEntry;
import org.huzhu.domain.model.user.Role;

/** How account and token changes read in the audit trail: who, on which account, and before → after in the reason. */
final class AccountAudit {

    static final String ACCOUNT = "ACCOUNT";
    static final String API_TOKEN = "API_TOKEN";

    private AccountAudit() {
    }

    static AuditEntry entry(String actor, String entityType, String ref, String action, String change) {
        return new AuditEntry(Instant.now(), actor, entityType, ref, action, null, null, change);
    }

    /** Roles as the realm names them, sorted, so that before and after read alike: {@code clerk,finance}. */
    static String roles(Set<Role> roles) {
        TreeSet<String> names = new TreeSet<>();
        roles.forEach(role -> names.add(role.realmName()));
        return names.isEmpty() ? "-" : String.join(",", names);
    }
}

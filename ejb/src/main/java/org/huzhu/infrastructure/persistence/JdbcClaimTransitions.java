package org.huzhu.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.huzhu.domain.model.audit.AuditEntry;
import org.huzhu.domain.model.audit.AuditTrail;
import org.huzhu.domain.model.claim.Claim;
import org.huzhu.domain.model.claim.ClaimStatus;
import org.huzhu.domain.model.claim.ClaimTransition;
import org.huzhu.domain.model.claim.ClaimTransitions;

/**
 * Claim status changes in table {@code claim}: one {@code UPDATE … WHERE status = from RETURNING id} for each pair of
 * statuses among the transitions, then the audit entries of the claims that moved. The statuses are parameters that
 * come from checked {@link ClaimTransition}s; no statement here names one.
 */
@ApplicationScoped
public class JdbcClaimTransitions extends SqlRepository implements ClaimTransitions {

    /** The audit trail's entity type of a claim. */
    public static final String CLAIM = Claim.AUDIT_ENTITY;

    JdbcClaimTransitions() {
        super("claim transitions");
    }

    @Inject
    private AuditTrail auditTrail;

    @Override
    public Set<Long> move(Collection<ClaimTransition> transitions) {
        Map<List<ClaimStatus>, List<ClaimTransition>> byMove = new LinkedHashMap<>();
        transitions.forEach(t -> byMove.computeIfAbsent(List.of(t.from(), t.to()), move -> new ArrayList<>()).add(t));
        Set<Long> moved = new HashSet<>();
        byMove.forEach((move, group) -> moved.addAll(sql().list("""
                        UPDATE claim SET status = ?, row_version = row_version + 1
                        WHERE id = ANY (?) AND status = ? RETURNING id""",
                rs -> rs.getLong(1), move.get(1).name(), group.stream().mapToLong(ClaimTransition::claimId).toArray(),
                move.get(0).name())));
        Instant now = Instant.now();
        auditTrail.recordAll(transitions.stream().filter(t -> moved.contains(t.claimId()))
                .map(t -> entry(t, now)).toList());
        return moved;
    }

    @Override
    public void recordMade(ClaimTransition transition) {
        recordMade(transition, Instant.now());
    }

    @Override
    public void recordMade(ClaimTransition transition, Instant at) {
        auditTrail.record(entry(transition, at));
    }

    private static AuditEntry entry(ClaimTransition t, Instant at) {
        return new AuditEntry(at, t.actor(), CLAIM, t.claimNo(), t.action(),
                t.from(), t.to(), t.reason());
    }
}

package org.huzhu.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.huzhu.domain.model.member.PayeeChange;
import org.huzhu.domain.model.member.PayeeChangeRepository;

/** Payee and unit change requests ({@code payee_change}, V12) with JPA; the roster's own inserts are in {@link JdbcRosterRepository}. */
@ApplicationScoped
public class JpaPayeeChangeRepository implements PayeeChangeRepository {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public Optional<PayeeChange> pending(long memberId, PayeeChange.Kind kind) {
        return entityManager.createQuery("""
                        SELECT c FROM PayeeChange c WHERE c.memberId = :member AND c.kind = :kind AND c.status = :pending""",
                        PayeeChange.class)
                .setParameter("member", memberId).setParameter("kind", kind)
                .setParameter("pending", PayeeChange.Status.PENDING).getResultStream().findFirst();
    }

    @Override
    public void add(PayeeChange change) {
        entityManager.persist(change);
        entityManager.flush();
    }

    @Override
    public List<PayeeChange> latest(PayeeChange.Status status, int limit) {
        return entityManager.createQuery("""
                        SELECT c FROM PayeeChange c WHERE (:status IS NULL OR c.status = :status)
                        ORDER BY c.requestedAt DESC, c.id DESC""", PayeeChange.class)
                .setParameter("status", status).setMaxResults(limit).getResultList();
    }

    @Override
    public Optional<PayeeChange> locked(long changeId) {
        return Optional.ofNullable(entityManager.find(PayeeChange.class, changeId, LockModeType.PESSIMISTIC_WRITE));
    }
}

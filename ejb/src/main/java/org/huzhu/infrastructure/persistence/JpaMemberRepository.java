package org.huzhu.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.huzhu.domain.model.member.Enrollment;
import org.huzhu.domain.model.member.HardshipLevel;
import org.huzhu.domain.model.member.Member;
import org.huzhu.domain.model.member.MemberRepository;
import org.huzhu.domain.model.member.Unit;
import org.huzhu.domain.model.plan.PlanCode;
import org.huzhu.domain.model.shared.CoveragePeriod;
import org.huzhu.domain.model.shared.CreditCode;
import org.huzhu.domain.model.shared.MobilePhone;
import org.huzhu.domain.model.shared.ResidentId;

/**
 * Units, members and enrolments with JPA; the hardship file and "money on its way", which have no entity, in SQL.
 * Everything joins the caller's transaction.
 */
@ApplicationScoped
public class JpaMemberRepository implements MemberRepository {

    @PersistenceContext
    private EntityManager entityManager;

    /** For the one question that JPA cannot ask: its SQL is shared with the roster's bulk writes. */
    @Resource(lookup = DataSources.HUZHU)
    private DataSource dataSource;

    @Override
    public Optional<Unit> unit(String code) {
        return entityManager.createQuery("SELECT u FROM Unit u WHERE u.code = :code", Unit.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    @Override
    public Optional<Unit> unit(long id) {
        return Optional.ofNullable(entityManager.find(Unit.class, id));
    }

    @Override
    public boolean unitRegistered(String code, CreditCode uscc) {
        return !entityManager.createQuery("SELECT u.id FROM Unit u WHERE u.code = :code OR u.uscc = :uscc")
                .setParameter("code", code).setParameter("uscc", uscc.value()).getResultList().isEmpty();
    }

    @Override
    public void add(Unit unit) {
        entityManager.persist(unit);
    }

    @Override
    public List<Unit> units() {
        return entityManager.createQuery("SELECT u FROM Unit u ORDER BY u.code", Unit.class).getResultList();
    }

    @Override
    public Optional<Member> byNumber(String memberNo) {
        return byNumber(memberNo, LockModeType.NONE);
    }

    @Override
    public Optional<Member> byNumberLocked(String memberNo) {
        return byNumber(memberNo, LockModeType.PESSIMISTIC_WRITE);
    }

    private Optional<Member> byNumber(String memberNo, LockModeType lock) {
        return entityManager.createQuery("SELECT m FROM Member m WHERE m.memberNo = :no", Member.class)
                .setParameter("no", memberNo).setLockMode(lock).getResultStream().findFirst();
    }

    @Override
    public List<Member> withPhone(MobilePhone phone, int limit) {
        return entityManager.createQuery("SELECT m FROM Member m WHERE m.phone = :phone ORDER BY m.memberNo", Member.class)
                .setParameter("phone", phone).setMaxResults(limit).getResultList();
    }

    @Override
    public Member member(long id) {
        return entityManager.find(Member.class, id);
    }

    @Override
    public Member lockedMember(long id) {
        return entityManager.find(Member.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public boolean registered(ResidentId residentId) {
        return !entityManager.createQuery("SELECT m.id FROM Member m WHERE m.residentId = :id")
                .setParameter("id", residentId).getResultList().isEmpty();
    }

    @Override
    public void add(Member member) {
        entityManager.persist(member);
    }

    @Override
    public List<Member> search(String query, int limit) {
        String pattern = "%" + query.strip().replace("%", "").replace("_", "") + "%";
        return entityManager.createQuery("""
                        SELECT m FROM Member m JOIN FETCH m.unit
                        WHERE m.memberNo = :exact OR m.name LIKE :pattern ORDER BY m.memberNo""", Member.class)
                .setParameter("exact", query.strip()).setParameter("pattern", pattern)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public void openHardshipFile(Member member, HardshipLevel level, CoveragePeriod validity) {
        entityManager.createNativeQuery(
                        "INSERT INTO hardship_file (member_id, level, valid_from, valid_to) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, member.id()).setParameter(2, level.name())
                .setParameter(3, validity.start()).setParameter(4, validity.end())
                .executeUpdate();
    }

    @Override
    public List<Enrollment> enrolmentsOf(Member member) {
        return entityManager.createQuery("SELECT e FROM Enrollment e WHERE e.member = :member", Enrollment.class)
                .setParameter("member", member).getResultList();
    }

    @Override
    public List<Enrollment> enrolmentsOf(Member member, PlanCode plan) {
        return entityManager.createQuery(
                        "SELECT e FROM Enrollment e WHERE e.member = :member AND e.planCode = :plan", Enrollment.class)
                .setParameter("member", member).setParameter("plan", plan).getResultList();
    }

    @Override
    public void add(Enrollment enrollment) {
        entityManager.persist(enrollment);
        entityManager.flush();
    }

    @Override
    public boolean moneyOnItsWay(Member member) {
        Object[] values = PayeeChangeStatements.moneyOnItsWayValues();
        return new Sql(dataSource, "money on its way").one("SELECT " + PayeeChangeStatements.MONEY_ON_ITS_WAY + " FROM member m WHERE m.id = ?",
                rs -> rs.getBoolean(1), values[0], values[1], member.id()).orElse(false);
    }
}

package org.huzhu.infrastructure.persistence;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.huzhu.domain.model.claim.Claim;
import org.huzhu.domain.model.claim.ClaimContext;
import org.huzhu.domain.model.claim.ClaimContributors;
import org.huzhu.domain.model.claim.ClaimDocument;
import org.huzhu.domain.model.claim.ClaimInvoice;
import org.huzhu.domain.model.claim.ClaimRepository;
import org.huzhu.domain.model.claim.ClaimStatus;
import org.huzhu.domain.model.claim.ClaimVersion;
import org.huzhu.domain.model.claim.HospitalStay;
import org.huzhu.domain.model.claim.Invoice;
import org.huzhu.domain.model.claim.StoredClaimant;
import org.huzhu.domain.model.member.Member;
import org.huzhu.domain.model.plan.PlanCode;
import org.huzhu.domain.model.shared.ClaimNumber;
import org.huzhu.domain.model.shared.CoveragePeriod;
import org.huzhu.domain.model.shared.Gender;

/**
 * Claims in tables {@code claim}, {@code claim_invoice}, {@code claim_version} and {@code claim_document}. Review and
 * the views load a claim through its JPA mapping; intake reads what its rules need and writes a claim's rows in plain
 * SQL ({@link ClaimRowStatements}), because through the ORM reading and persisting were most of intake's CPU
 * (docs/benchmarks.md). Both join the caller's transaction; a correction's changes to the mapped claim are flushed
 * before its version row is written.
 */
@ApplicationScoped
public class JdbcClaimRepository extends SqlRepository implements ClaimRepository {

    @PersistenceContext
    private EntityManager entityManager;

    @EJB
    private NumberBlocks numbers;

    public JdbcClaimRepository() {
        super("claims");
    }

    @Override
    public ClaimNumber nextClaimNumber(int year) {
        return new ClaimNumber(year, (int) numbers.next(NumberSequences.Kind.CLAIM, year));
    }

    @Override
    public Optional<Claim> find(String claimNo) {
        return entityManager.createQuery("SELECT c FROM Claim c WHERE c.claimNo = :no", Claim.class)
                .setParameter("no", claimNo).getResultStream().findFirst();
    }

    @Override
    public long storeSubmission(Claim claim, ClaimVersion version) {
        long claimId;
        if (claim.id() == null) {
            claimId = insertNew(claim);
        } else {
            storeChanges(claim);
            claimId = claim.id();
        }
        sql().update(ClaimRowStatements.INSERT_VERSION, claimId, version.version(), version.bodyJson(),
                version.violationsJson(), version.submittedBy(), version.submittedAt());
        return claimId;
    }

    /** Inserts a claim in its first version and its invoices; returns the claim's new id. */
    private long insertNew(Claim claim) {
        long id = sql().one("SELECT nextval(pg_get_serial_sequence('claim', 'id'))", rs -> rs.getLong(1)).orElseThrow();
        sql().update(ClaimRowStatements.INSERT_CLAIM, id, claim.claimNo(), claim.memberNo(), claim.memberId(),
                claim.planCode().name(), claim.enrollmentId(), claim.status().name(), claim.cause().name(),
                claim.incidentDate(), claim.admissionDate(), claim.dischargeDate(), claim.hospital(),
                claim.diagnosisCode(), name(claim.accidentOutcome()), claim.disabilityGrade(),
                claim.complexity().name(), claim.documentCodes().toArray(String[]::new), claim.submittedAt(),
                claim.dueDate(), claim.enteredBy(), claim.reviewedBy(), claim.approvedOn());
        List<Object[]> invoices = new ArrayList<>();
        for (ClaimInvoice stored : claim.invoices()) {
            Invoice invoice = stored.toInvoice();
            invoices.add(new Object[] {id, stored.position(), invoice.number(), invoice.total().amount(),
                    invoice.fundPaid().amount(), invoice.policySelfPaid().amount(), invoice.outOfPolicy().amount(),
                    stored.inUse()});
        }
        sql().batch(ClaimRowStatements.INSERT_INVOICE, invoices);
        return id;
    }

    @Override
    public void storeChanges(Claim claim) {
        entityManager.flush();
    }

    @Override
    public List<ClaimVersion> versions(Claim claim) {
        return ofClaim("SELECT v FROM ClaimVersion v WHERE v.claimId = :claim ORDER BY v.version", ClaimVersion.class,
                claim);
    }

    @Override
    public ClaimContributors contributors(Claim claim) {
        return ClaimContributors.of(
                ofClaim("SELECT DISTINCT v.submittedBy FROM ClaimVersion v WHERE v.claimId = :claim", String.class, claim),
                ofClaim("SELECT DISTINCT d.uploadedBy FROM ClaimDocument d WHERE d.claimId = :claim", String.class, claim));
    }

    @Override
    public List<ClaimDocument> documents(Claim claim) {
        return ofClaim("SELECT d FROM ClaimDocument d WHERE d.claimId = :claim ORDER BY d.id", ClaimDocument.class, claim);
    }

    /** The results of a query whose one parameter, {@code :claim}, is the claim's id. */
    private <T> List<T> ofClaim(String jpql, Class<T> type, Claim claim) {
        return entityManager.createQuery(jpql, type).setParameter("claim", claim.id()).getResultList();
    }

    @Override
    public Optional<ClaimDocument> document(long documentId) {
        return Optional.ofNullable(entityManager.find(ClaimDocument.class, documentId));
    }

    @Override
    public void attach(ClaimDocument document) {
        entityManager.persist(document);
        entityManager.flush();
    }

    @Override
    public Optional<String> memberName(Claim claim) {
        return Optional.ofNullable(claim.memberId()).map(id -> entityManager.find(Member.class, id).name());
    }

    @Override
    public List<Found> search(String text, ClaimStatus status, boolean overdueOnly, LocalDate today, int limit) {
        List<Object[]> rows = entityManager.createQuery("""
                        SELECT c, m.name FROM Claim c LEFT JOIN Member m ON m.id = c.memberId
                        WHERE (:text = '' OR c.claimNo = :text OR m.name LIKE :pattern OR c.memberNo = :text)
                          AND (:status IS NULL OR c.status = :status)
                          AND (:overdue = false OR (c.status IN (:open) AND c.dueDate < :today))
                        ORDER BY c.submittedAt DESC""", Object[].class)
                .setParameter("text", text)
                .setParameter("pattern", "%" + text.replace("%", "").replace("_", "") + "%")
                .setParameter("status", status)
                .setParameter("overdue", overdueOnly)
                .setParameter("open", ClaimStatus.where(ClaimStatus::isOpen))
                .setParameter("today", today)
                .setMaxResults(limit)
                .getResultList();
        return rows.stream().map(row -> new Found((Claim) row[0], (String) row[1])).toList();
    }

    @Override
    public List<Claim> ofMember(String memberNo) {
        return entityManager.createQuery(
                        "SELECT c FROM Claim c WHERE c.memberNo = :member ORDER BY c.submittedAt DESC, c.claimNo DESC",
                        Claim.class)
                .setParameter("member", memberNo)
                .getResultList();
    }

    /** One row of {@link #claimant}: the member, and one of their enrolments in the plan if they have any. */
    private record ClaimantRow(StoredClaimant member, Optional<StoredClaimant.Enrolment> enrolment) {
    }

    @Override
    public Optional<StoredClaimant> claimant(String memberNo, PlanCode plan) {
        List<ClaimantRow> rows = sql().list("""
                SELECT m.id, m.gender, m.bank_card, e.id, e.coverage_start, e.coverage_end, e.shares, e.renewal,
                       e.chain_start, e.ended_on IS NOT NULL
                FROM member m LEFT JOIN enrollment e ON e.member_id = m.id AND e.plan_code = ?
                WHERE m.member_no = ?""", JdbcClaimRepository::claimantRow, plan.name(), memberNo);
        return rows.stream().findFirst().map(first -> new StoredClaimant(first.member().memberId(),
                first.member().gender(), first.member().bankCard(),
                rows.stream().flatMap(row -> row.enrolment().stream()).toList()));
    }

    private static ClaimantRow claimantRow(ResultSet rs) throws SQLException {
        StoredClaimant member = new StoredClaimant(rs.getLong(1), Gender.valueOf(rs.getString(2)), rs.getString(3),
                List.of());
        long enrolmentId = rs.getLong(4);
        if (rs.wasNull()) {
            return new ClaimantRow(member, Optional.empty());
        }
        return new ClaimantRow(member, Optional.of(new StoredClaimant.Enrolment(enrolmentId, new CoveragePeriod(
                rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class)), rs.getInt(7), rs.getBoolean(8),
                rs.getObject(9, LocalDate.class), rs.getBoolean(10))));
    }

    @Override
    public boolean benefitTaken(long enrolmentId, String exceptClaimNo) {
        return sql().one("SELECT 1 FROM claim WHERE enrollment_id = ? AND status = ANY (?) AND claim_no <> ? LIMIT 1",
                rs -> true, enrolmentId, names(ClaimStatus.where(ClaimStatus::tookBenefit)), exceptClaimNo)
                .isPresent();
    }

    @Override
    public Set<String> invoiceNumbersInUse(Collection<String> numbers, String exceptClaimNo) {
        if (numbers.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(sql().list("""
                SELECT i.number FROM claim_invoice i JOIN claim c ON c.id = i.claim_id
                WHERE i.in_use AND i.number = ANY (?) AND c.claim_no <> ?""",
                rs -> rs.getString(1), numbers.toArray(String[]::new), exceptClaimNo));
    }

    @Override
    public List<ClaimContext.OtherClaimStay> staysHeldByOtherClaims(long memberId, String exceptClaimNo) {
        return sql().list("""
                SELECT claim_no, admission_date, discharge_date FROM claim
                WHERE member_id = ? AND claim_no <> ? AND status = ANY (?)
                  AND admission_date IS NOT NULL AND discharge_date IS NOT NULL AND discharge_date >= admission_date""",
                rs -> new ClaimContext.OtherClaimStay(ClaimNumber.parse(rs.getString(1)),
                        new HospitalStay(rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class))),
                memberId, exceptClaimNo, names(ClaimStatus.where(ClaimStatus::holdsInvoicesAndStay)));
    }

    private static String[] names(List<ClaimStatus> statuses) {
        return statuses.stream().map(Enum::name).toArray(String[]::new);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}

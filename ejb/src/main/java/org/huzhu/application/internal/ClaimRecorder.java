package org.huzhu.application.internal;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.huzhu.application.ClaimService.IntakeResult;
import org.huzhu.application.HolidayCalendar;
import org.huzhu.application.NotFound;
import org.huzhu.domain.model.audit.AuditEntry;
import org.huzhu.domain.model.claim.Claim;
import org.huzhu.domain.model.claim.ClaimContext;
import org.huzhu.domain.model.claim.ClaimDraft;
import org.huzhu.domain.model.claim.ClaimRuleSet;
import org.huzhu.domain.model.claim.ClaimStatus;
import org.huzhu.domain.model.claim.ClaimVersion;
import org.huzhu.domain.model.claim.HospitalStay;
import org.huzhu.domain.model.claim.Invoice;
import org.huzhu.domain.model.plan.PlanCode;
import org.huzhu.domain.model.plan.PlanTerms;
import org.huzhu.domain.model.shared.BusinessDate;
import org.huzhu.domain.model.shared.ClaimNumber;
import org.huzhu.domain.model.shared.CoveragePeriod;
import org.huzhu.domain.model.shared.Gender;
import org.huzhu.domain.model.shared.Violation;
import org.huzhu.infrastructure.persistence.DataSources;
import org.huzhu.infrastructure.persistence.JdbcClaimWriter;
import org.huzhu.infrastructure.persistence.PlanVersions;

/**
 * Records one submission of a claim in a transaction of its own: gathers what the database knows
 * (the claim context), runs the rule set, stores the version and audits the transitions.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ClaimRecorder {

    static final String ENTITY = "CLAIM";
    private static final String INTAKE = "system:intake";
    private static final Set<ClaimStatus> BENEFIT_TAKEN = EnumSet.of(ClaimStatus.APPROVED, ClaimStatus.SETTLED,
            ClaimStatus.PAID, ClaimStatus.PAYMENT_FAILED);

    @PersistenceContext
    private EntityManager entityManager;

    @EJB
    private PlanVersions planVersions;

    @EJB
    private HolidayCalendar holidayCalendar;

    @Resource(lookup = DataSources.HUZHU)
    private DataSource dataSource;

    public IntakeResult recordNew(String claimNo, ClaimDraft draft, String clerk) {
        Claim claim = new Claim(claimNo, clerk);
        IntakeResult result = record(claim, draft, clerk, true);
        return result;
    }

    public IntakeResult recordCorrection(String claimNo, ClaimDraft draft, String clerk) {
        Claim claim = entityManager.createQuery("SELECT c FROM Claim c WHERE c.claimNo = :no", Claim.class)
                .setParameter("no", claimNo).getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("理赔 " + claimNo + " 不存在", "no claim " + claimNo));
        if (claim.status() != ClaimStatus.REJECTED) {
            throw new org.huzhu.application.Conflict("wrong-state",
                    "只有校验未通过的理赔可以修改后重新提交；" + claimNo + " 当前为“" + claim.status().label() + "”",
                    "only a REJECTED claim can be corrected; " + claimNo + " is " + claim.status());
        }
        return record(claim, draft, clerk, false);
    }

    private IntakeResult record(Claim claim, ClaimDraft draft, String clerk, boolean isNew) {
        Instant now = Instant.now();
        LocalDate today = BusinessDate.today();
        Optional<StoredClaimant> member = claimant(draft);
        List<StoredEnrolment> enrolments = member.map(StoredClaimant::enrolments).orElse(List.of());
        Optional<StoredEnrolment> covering = enrolments.stream()
                .filter(e -> e.coverage().covers(draft.incidentDate())).findFirst();
        PlanTerms terms = covering
                .map(e -> planVersions.inForce(draft.planCode(), e.coverage().start().getYear()).terms())
                .orElseGet(() -> planVersions.inForce(draft.planCode(), draft.incidentDate().getYear()).terms());

        ClaimContext.Claimant claimant = member.map(m -> new ClaimContext.Claimant(m.gender(), m.bankCard(),
                enrolments.stream().map(e -> new ClaimContext.EnrolmentInPlan(e.id(), e.coverage(), e.shares(),
                        e.renewal(), e.chainStart(), benefitTaken(draft.planCode(), e.id(), claim.claimNo()), e.ended()))
                        .toList())).orElse(null);
        ClaimContext context = new ClaimContext(claimant, terms, invoiceNumbersInUse(draft, claim.claimNo()),
                member.map(m -> otherStays(m.memberId(), claim.claimNo())).orElse(List.of()), today);
        List<Violation> violations = ClaimRuleSet.check(draft, context);

        ClaimStatus before = claim.status();
        LocalDate dueDate = isNew ? holidayCalendar.workingCalendar().dueDate(today, draft.complexity()) : claim.dueDate();
        ClaimVersion version = claim.recordVersion(draft, member.map(StoredClaimant::memberId).orElse(null),
                covering.map(StoredEnrolment::id).orElse(null), violations, clerk, now, dueDate);
        List<AuditEntry> transitions = List.of(
                new AuditEntry(now, clerk, ENTITY, claim.claimNo(), isNew ? "SUBMIT" : "CORRECT", isNew ? null : before,
                        ClaimStatus.SUBMITTED, null),
                new AuditEntry(now, INTAKE, ENTITY, claim.claimNo(), "VALIDATE", ClaimStatus.SUBMITTED, claim.status(),
                        violations.isEmpty() ? null
                                : String.join(",", violations.stream().map(Violation::code).distinct().toList())));
        store(claim, isNew, version, transitions);
        return new IntakeResult(claim.claimNo(), claim.status(), violations, claim.dueDate());
    }

    /** The member as intake's rules need them, with their enrolments in one plan. */
    private record StoredClaimant(long memberId, Gender gender, String bankCard, List<StoredEnrolment> enrolments) {
    }

    private record StoredEnrolment(long id, CoveragePeriod coverage, int shares, boolean renewal, LocalDate chainStart,
                                   boolean ended) {
    }

    /**
     * The claim's member and their enrolments in its plan, in one SQL round trip on the transaction's connection:
     * loaded as entities they were a tenth of intake's CPU (docs/benchmarks.md).
     */
    private Optional<StoredClaimant> claimant(ClaimDraft draft) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("""
                     SELECT m.id, m.gender, m.bank_card, e.id, e.coverage_start, e.coverage_end, e.shares, e.renewal,
                            e.chain_start, e.ended_on IS NOT NULL
                     FROM member m LEFT JOIN enrollment e ON e.member_id = m.id AND e.plan_code = ?
                     WHERE m.member_no = ?""")) {
            select.setString(1, draft.planCode().name());
            select.setString(2, draft.memberNo());
            try (ResultSet rs = select.executeQuery()) {
                StoredClaimant claimant = null;
                List<StoredEnrolment> enrolments = new ArrayList<>();
                while (rs.next()) {
                    if (claimant == null) {
                        claimant = new StoredClaimant(rs.getLong(1), Gender.valueOf(rs.getString(2)), rs.getString(3),
                                enrolments);
                    }
                    long enrolmentId = rs.getLong(4);
                    if (!rs.wasNull()) {
                        enrolments.add(new StoredEnrolment(enrolmentId, new CoveragePeriod(
                                rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class)), rs.getInt(7),
                                rs.getBoolean(8), rs.getObject(9, LocalDate.class), rs.getBoolean(10)));
                    }
                }
                return Optional.ofNullable(claimant);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the claim's member", e);
        }
    }

    private boolean benefitTaken(PlanCode plan, long enrolmentId, String self) {
        if (plan != PlanCode.CRITICAL && plan != PlanCode.FEMALE) {
            return false;
        }
        return !entityManager.createQuery("""
                        SELECT c.id FROM Claim c WHERE c.enrollmentId = :enrolment AND c.status IN :taken AND c.claimNo <> :self""")
                .setParameter("enrolment", enrolmentId).setParameter("taken", BENEFIT_TAKEN).setParameter("self", self)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * In plain SQL on the transaction's connection: as HQL, the {@code IN} list kept the query out of Hibernate's
     * plan cache, and translating it again for every claim was a tenth of intake's CPU (docs/benchmarks.md).
     */
    private Set<String> invoiceNumbersInUse(ClaimDraft draft, String self) {
        List<String> numbers = draft.invoices().stream().map(Invoice::number).toList();
        if (numbers.isEmpty()) {
            return Set.of();
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("""
                     SELECT i.number FROM claim_invoice i JOIN claim c ON c.id = i.claim_id
                     WHERE i.in_use AND i.number = ANY (?) AND c.claim_no <> ?""")) {
            select.setArray(1, connection.createArrayOf("varchar", numbers.toArray()));
            select.setString(2, self);
            Set<String> inUse = new HashSet<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    inUse.add(rs.getString(1));
                }
            }
            return inUse;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot look up the invoices in use", e);
        }
    }

    private List<ClaimContext.OtherClaimStay> otherStays(long memberId, String self) {
        // the released statuses as literals, so that Hibernate keeps the query's SQL instead of making it every time
        return entityManager.createQuery("""
                        SELECT c.claimNo, c.admissionDate, c.dischargeDate FROM Claim c
                        WHERE c.memberId = :member AND c.claimNo <> :self
                        AND c.status NOT IN (org.huzhu.domain.model.claim.ClaimStatus.REJECTED,
                                             org.huzhu.domain.model.claim.ClaimStatus.DECLINED)
                        AND c.admissionDate IS NOT NULL AND c.dischargeDate IS NOT NULL
                        AND c.dischargeDate >= c.admissionDate""", Object[].class)
                .setParameter("member", memberId).setParameter("self", self)
                .getResultStream()
                .map(row -> new ClaimContext.OtherClaimStay(ClaimNumber.parse((String) row[0]),
                        new HospitalStay((LocalDate) row[1], (LocalDate) row[2])))
                .toList();
    }

    /**
     * A new claim goes in with plain JDBC statements on the transaction's connection: persisting it as entities (IDENTITY
     * keys, one INSERT each, and the ORM's flush) was the largest part of intake's CPU (docs/benchmarks.md). A
     * correction updates the claim it loaded as an entity and replaces its invoices; its version and audit entries go
     * in as a new claim's do.
     */
    private void store(Claim claim, boolean isNew, ClaimVersion version, List<AuditEntry> transitions) {
        try (Connection connection = dataSource.getConnection()) {
            JdbcClaimWriter writer = new JdbcClaimWriter(connection);
            long claimId;
            if (isNew) {
                claimId = writer.insertNew(claim);
            } else {
                entityManager.flush();
                claimId = claim.id();
            }
            writer.insertVersion(claimId, version);
            writer.insertAudit(transitions);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store claim " + claim.claimNo(), e);
        }
    }
}

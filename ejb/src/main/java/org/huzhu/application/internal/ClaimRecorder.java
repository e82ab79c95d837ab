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
import org.huzhu.infrastructure.persistence.ClaimRowStatements;
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
        try (Connection connection = dataSource.getConnection()) {
            return record(connection, claim, draft, clerk, isNew);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record claim " + claim.claimNo(), e);
        }
    }

    /**
     * What the rules need is read, and the claim's rows written, in plain SQL on the transaction's connection: through
     * the ORM, reading and persisting were most of intake's CPU (docs/benchmarks.md). A correction alone updates the
     * claim it loaded as an entity.
     */
    private IntakeResult record(Connection connection, Claim claim, ClaimDraft draft, String clerk, boolean isNew)
            throws SQLException {
        Instant now = Instant.now();
        LocalDate today = BusinessDate.today();
        Optional<StoredClaimant> member = claimant(connection, draft);
        List<StoredEnrolment> enrolments = member.map(StoredClaimant::enrolments).orElse(List.of());
        Optional<StoredEnrolment> covering = enrolments.stream()
                .filter(e -> e.coverage().covers(draft.incidentDate())).findFirst();
        PlanTerms terms = covering
                .map(e -> planVersions.inForce(draft.planCode(), e.coverage().start().getYear()).terms())
                .orElseGet(() -> planVersions.inForce(draft.planCode(), draft.incidentDate().getYear()).terms());

        ClaimContext.Claimant claimant = null;
        List<ClaimContext.OtherClaimStay> otherStays = List.of();
        if (member.isPresent()) {
            List<ClaimContext.EnrolmentInPlan> inPlan = new ArrayList<>();
            for (StoredEnrolment e : enrolments) {
                inPlan.add(new ClaimContext.EnrolmentInPlan(e.id(), e.coverage(), e.shares(), e.renewal(), e.chainStart(),
                        benefitTaken(connection, draft.planCode(), e.id(), claim.claimNo()), e.ended()));
            }
            claimant = new ClaimContext.Claimant(member.get().gender(), member.get().bankCard(), inPlan);
            otherStays = otherStays(connection, member.get().memberId(), claim.claimNo());
        }
        ClaimContext context = new ClaimContext(claimant, terms, invoiceNumbersInUse(connection, draft, claim.claimNo()),
                otherStays, today);
        List<Violation> violations = ClaimRuleSet.check(draft, context);

        ClaimStatus before = claim.status();
        LocalDate dueDate = isNew ? holidayCalendar.workingCalendar().dueDate(today, draft.complexity()) : claim.dueDate();
        ClaimVersion version = claim.recordVersion(draft, member.map(StoredClaimant::memberId).orElse(null),
                covering.map(StoredEnrolment::id).orElse(null), violations, clerk, now, dueDate);
        List<AuditEntry> transitions = List.of(
                new AuditEntry(now, clerk, ENTITY, claim.claimNo(), isNew ? "SUBMIT" : "CORRECT", isNew ? null : before,
                        ClaimStatus.SUBMITTED, null),
                new AuditEntry(now, ClaimRowStatements.INTAKE_ACTOR, ENTITY, claim.claimNo(), "VALIDATE",
                        ClaimStatus.SUBMITTED, claim.status(), violations.isEmpty() ? null
                                : String.join(",", violations.stream().map(Violation::code).distinct().toList())));
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
        return new IntakeResult(claim.claimNo(), claim.status(), violations, claim.dueDate());
    }

    /** The member as intake's rules need them, with their enrolments in one plan. */
    private record StoredClaimant(long memberId, Gender gender, String bankCard, List<StoredEnrolment> enrolments) {
    }

    private record StoredEnrolment(long id, CoveragePeriod coverage, int shares, boolean renewal, LocalDate chainStart,
                                   boolean ended) {
    }

    /** The claim's member and their enrolments in its plan, in one round trip. */
    private static Optional<StoredClaimant> claimant(Connection connection, ClaimDraft draft) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
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
        }
    }

    private static boolean benefitTaken(Connection connection, PlanCode plan, long enrolmentId, String self)
            throws SQLException {
        if (plan != PlanCode.CRITICAL && plan != PlanCode.FEMALE) {
            return false;
        }
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT 1 FROM claim WHERE enrollment_id = ? AND status = ANY (?) AND claim_no <> ? LIMIT 1""")) {
            select.setLong(1, enrolmentId);
            select.setArray(2, connection.createArrayOf("varchar", BENEFIT_TAKEN.stream().map(Enum::name).toArray()));
            select.setString(3, self);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static Set<String> invoiceNumbersInUse(Connection connection, ClaimDraft draft, String self)
            throws SQLException {
        List<String> numbers = draft.invoices().stream().map(Invoice::number).toList();
        if (numbers.isEmpty()) {
            return Set.of();
        }
        try (PreparedStatement select = connection.prepareStatement("""
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
        }
    }

    /** The hospital stays of the member's other claims that hold their stay (V12). */
    private static List<ClaimContext.OtherClaimStay> otherStays(Connection connection, long memberId, String self)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT claim_no, admission_date, discharge_date FROM claim
                WHERE member_id = ? AND claim_no <> ? AND status NOT IN ('REJECTED', 'DECLINED')
                  AND admission_date IS NOT NULL AND discharge_date IS NOT NULL AND discharge_date >= admission_date""")) {
            select.setLong(1, memberId);
            select.setString(2, self);
            List<ClaimContext.OtherClaimStay> stays = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    stays.add(new ClaimContext.OtherClaimStay(ClaimNumber.parse(rs.getString(1)),
                            new HospitalStay(rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class))));
                }
            }
            return stays;
        }
    }

}

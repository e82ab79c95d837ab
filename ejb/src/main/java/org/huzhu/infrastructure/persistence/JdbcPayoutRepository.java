package org.huzhu.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.huzhu.domain.model.claim.ClaimStatus;
import org.huzhu.domain.model.grant.GrantPayout;
import org.huzhu.domain.model.payout.ApprovedClaim;
import org.huzhu.domain.model.payout.ClaimToSettle;
import org.huzhu.domain.model.payout.ClaimUsage;
import org.huzhu.domain.model.payout.FailedPayout;
import org.huzhu.domain.model.payout.PayoutKind;
import org.huzhu.domain.model.payout.PayoutOfClaim;
import org.huzhu.domain.model.payout.PayoutRepository;
import org.huzhu.domain.model.payout.PayoutTotals;
import org.huzhu.domain.model.payout.PeriodUsage;
import org.huzhu.domain.model.payout.Settlement;
import org.huzhu.domain.model.payout.SettledClaim;
import org.huzhu.domain.model.payout.SettlementKey;
import org.huzhu.domain.model.payout.SettlementRun;
import org.huzhu.domain.model.payout.SettlementTerms;
import org.huzhu.domain.model.plan.PlanCode;
import org.huzhu.domain.model.shared.Money;
import org.huzhu.domain.model.shared.Streamed;

/** Payouts in table {@code payout}, with the claims and grants they pay and the payment rows that pay them. */
@ApplicationScoped
public class JdbcPayoutRepository extends SqlRepository implements PayoutRepository {

    /** In settlement order: the order the processor carries a period's usage in. */
    static final String APPROVED_CLAIMS = """
            SELECT c.id, c.claim_no, c.member_id, m.member_no, c.plan_code, e.id, e.plan_version_id,
                   e.coverage_start, e.coverage_end, e.shares, e.renewal, c.incident_date, c.admission_date,
                   c.discharge_date, c.diagnosis_code, c.accident_outcome, c.disability_grade,
                   coalesce(i.policy_self_paid, 0), coalesce(i.out_of_policy, 0)
            FROM claim c
            JOIN member m ON m.id = c.member_id
            JOIN enrollment e ON e.id = c.enrollment_id
            LEFT JOIN LATERAL (SELECT sum(policy_self_paid) AS policy_self_paid, sum(out_of_policy) AS out_of_policy
                               FROM claim_invoice WHERE claim_id = c.id) i ON true
            WHERE c.status = ? AND c.approved_on <= ? AND mod(c.member_id, ?) = ?
            """ + ClaimToSettle.SETTLEMENT_ORDER_KEYS.stream()
            .map(JdbcPayoutRepository::column).collect(Collectors.joining(", ", "ORDER BY ", ""));

    private static final String INSERT_CLAIM_PAYOUT = """
            INSERT INTO payout (kind, claim_id, member_id, plan_code, enrollment_id, coverage_start,
                                coverage_end, payable, deductible_used, placed_on_bands, cap_used,
                                pays_once_only_benefit, accident_date, accident_lump_sum_paid, breakdown,
                                settlement_run, job_execution_id, settled_on)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)""";

    JdbcPayoutRepository() {
        super("payouts");
    }

    // Outside JTA: the approved claims' cursor outlives the chunk transactions that settle them.
    @Resource(lookup = DataSources.HUZHU_STREAMING)
    private DataSource streamingDataSource;

    /** The column of a settlement order key. A member's id groups their claims as their number does. */
    private static String column(ClaimToSettle.OrderKey key) {
        return switch (key) {
            case MEMBER -> "c.member_id";
            case PLAN -> "c.plan_code";
            case COVERAGE_START -> "e.coverage_start";
            case INCIDENT_DATE -> "c.incident_date";
            case CLAIM_NUMBER -> "c.claim_no";
        };
    }

    @Override
    public Streamed<ApprovedClaim> approvedClaims(LocalDate approvedBy, int partitions, int partition, int fetchSize) {
        return StreamedRows.open(streamingDataSource, "approved claims", APPROVED_CLAIMS, fetchSize,
                JdbcPayoutRepository::approvedClaim, ClaimStatus.APPROVED.name(), approvedBy, partitions, partition);
    }

    /**
     * The key names exactly one enrolment (enrolments of a member in a plan never overlap), so the payouts are found
     * by it. One row per accident date (null for the rest): each row is the sum of its claims' usages, and
     * {@link PeriodUsage} adds them up.
     */
    @Override
    public PeriodUsage usageOf(SettlementKey key, long enrollmentId) {
        return PeriodUsage.rebuiltFrom(key, sql().list("""
                SELECT sum(deductible_used), sum(placed_on_bands), sum(cap_used), bool_or(pays_once_only_benefit),
                       accident_date, sum(accident_lump_sum_paid)
                FROM payout WHERE enrollment_id = ? GROUP BY accident_date""",
                rs -> new ClaimUsage(Money.of(rs.getBigDecimal(1)), Money.of(rs.getBigDecimal(2)),
                        Money.of(rs.getBigDecimal(3)), rs.getBoolean(4), localDate(rs, 5),
                        Money.of(rs.getBigDecimal(6))),
                enrollmentId));
    }

    @Override
    public SettlementTerms termsOf(PlanCode plan, long planVersionId) {
        return sql().one("SELECT settlement_terms::text, waiting_days FROM plan_version WHERE id = ?",
                        rs -> SettlementTermsJson.parse(plan, rs.getString(1), rs.getInt(2)), planVersionId)
                .orElseThrow(() -> new IllegalStateException("plan version " + planVersionId + " is missing"));
    }

    /** Two statements for the whole chunk, as JDBC batches (the driver sends them as multi-row inserts). */
    @Override
    public void storeClaimPayouts(List<SettledClaim> settled, SettlementRun run) {
        List<Object[]> payouts = new ArrayList<>();
        List<Object[]> endedEnrolments = new ArrayList<>();
        for (SettledClaim item : settled) {
            ApprovedClaim claim = item.claim();
            Settlement settlement = item.settlement();
            ClaimUsage usage = settlement.usage();
            payouts.add(new Object[] {PayoutKind.CLAIM.name(), claim.claimId(), claim.memberId(), claim.plan().name(),
                    claim.enrollmentId(), claim.coverageStart(), claim.coverageEnd(), settlement.payable().amount(),
                    usage.deductibleUsed().amount(), usage.placedOnBands().amount(), usage.capUsed().amount(),
                    usage.paysOnceOnlyBenefit(), usage.accidentDate(), usage.accidentLumpSumPaid().amount(),
                    PayoutBreakdownJson.write(settlement.breakdown()), run.run(), run.jobExecutionId(),
                    run.settledOn()});
            if (settlement.endsEnrolment()) {
                endedEnrolments.add(new Object[] {run.settledOn(), claim.enrollmentId()});
            }
        }
        sql().batch(INSERT_CLAIM_PAYOUT, payouts);
        sql().batch("UPDATE enrollment SET ended_on = ? WHERE id = ? AND ended_on IS NULL", endedEnrolments);
    }

    @Override
    public void storeGrantPayouts(List<GrantPayout> grants, SettlementRun run) {
        sql().batch("""
                INSERT INTO payout (kind, grant_id, member_id, payable, breakdown, settlement_run, job_execution_id,
                                    settled_on)
                SELECT ?, g.id, g.member_id, g.amount, ?::jsonb, ?, ?, ? FROM hardship_grant g WHERE g.grant_no = ?""",
                grants.stream().map(grant -> new Object[] {PayoutKind.GRANT.name(),
                        GrantBreakdownJson.write(grant.grantNo(), grant.grant(), grant.decidedFrom()), run.run(),
                        run.jobExecutionId(), run.settledOn(), grant.grantNo()}).toList());
    }

    @Override
    public PayoutTotals totalsOf(PayoutKind kind, long run) {
        return sql().one("""
                SELECT count(*), coalesce(sum(payable), 0), count(*) FILTER (WHERE payable > 0)
                FROM payout WHERE settlement_run = ? AND kind = ?""",
                rs -> new PayoutTotals(rs.getLong(1), Money.of(rs.getBigDecimal(2)), rs.getLong(3)),
                run, kind.name()).orElseThrow();
    }

    @Override
    public Optional<PayoutOfClaim> ofClaim(String claimNo) {
        return sql().one("""
                SELECT p.payable, p.breakdown::text, p.created_at, r.payment_file_id
                FROM payout p JOIN claim c ON c.id = p.claim_id
                LEFT JOIN payment_row r ON r.payout_id = p.id
                WHERE c.claim_no = ?""",
                rs -> new PayoutOfClaim(Money.of(rs.getBigDecimal(1)),
                        PayoutBreakdownJson.explanation(rs.getString(2)), rs.getTimestamp(3).toInstant(),
                        Optional.ofNullable(rs.getObject(4, Long.class))),
                claimNo);
    }

    @Override
    public Optional<FailedPayout> forRetry(long payoutId) {
        return sql().one("""
                SELECT c.id, c.claim_no, c.status, m.bank_card, m.bank_name,
                       r.status, r.bank_card, r.bank_name
                FROM payout p JOIN claim c ON c.id = p.claim_id JOIN member m ON m.id = p.member_id
                LEFT JOIN LATERAL (SELECT status, bank_card, bank_name FROM payment_row
                                   WHERE payout_id = p.id ORDER BY id DESC LIMIT 1) r ON true
                WHERE p.id = ? FOR UPDATE OF c""",
                rs -> new FailedPayout(rs.getLong(1), rs.getString(2), ClaimStatus.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)),
                payoutId);
    }

    static LocalDate localDate(ResultSet rs, int column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static ApprovedClaim approvedClaim(ResultSet rs) throws SQLException {
        return new ApprovedClaim(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                PlanCode.valueOf(rs.getString(5)), rs.getLong(6), rs.getLong(7), localDate(rs, 8), localDate(rs, 9),
                rs.getInt(10), rs.getBoolean(11), localDate(rs, 12), localDate(rs, 13), localDate(rs, 14),
                rs.getString(15), rs.getString(16), (Integer) rs.getObject(17), Money.of(rs.getBigDecimal(18)),
                Money.of(rs.getBigDecimal(19)));
    }
}

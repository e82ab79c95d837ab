package org.huzhu.benchmarks;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.huzhu.domain.model.payout.ClaimToSettle;
import org.huzhu.domain.model.payout.ClaimUsage;
import org.huzhu.domain.model.payout.ClaimedBenefit;
import org.huzhu.domain.model.payout.PeriodUsage;
import org.huzhu.domain.model.payout.Settlement;
import org.huzhu.domain.model.payout.SettlementCalculator;
import org.huzhu.domain.model.plan.PlanCode;
import org.huzhu.domain.model.shared.CoveragePeriod;
import org.huzhu.domain.model.shared.Money;
import org.huzhu.infrastructure.persistence.PayoutBreakdownJson;
import org.huzhu.infrastructure.persistence.SettlementTermsJson;

/**
 * The limit to hold the settlement job against: one thread reads the APPROVED claims in settlement order with a
 * cursor, settles each with the same {@link SettlementCalculator}, carries the period usage in memory and streams
 * the payout rows with COPY into a scratch table, {@code bench_payout}, shaped like {@code payout}.
 * <p>
 * What it leaves out is what the job has to do besides: claims to SETTLED, an audit row per claim, the
 * payment file, transactions per chunk, the job repository. The benchmark loads hospital stays and
 * accident medical costs only, so those are the only benefits built here.
 */
final class PlainJdbcSettlement {

    private static final String APPROVED_IN_SETTLEMENT_ORDER = """
            SELECT c.id, c.claim_no, c.member_id, m.member_no, c.plan_code, e.id, e.plan_version_id,
                   e.coverage_start, e.coverage_end, e.shares, c.incident_date, c.admission_date, c.discharge_date,
                   coalesce(i.policy_self_paid, 0), coalesce(i.out_of_policy, 0)
            FROM claim c
            JOIN member m ON m.id = c.member_id
            JOIN enrollment e ON e.id = c.enrollment_id
            LEFT JOIN LATERAL (SELECT sum(policy_self_paid) AS policy_self_paid, sum(out_of_policy) AS out_of_policy
                               FROM claim_invoice WHERE claim_id = c.id) i ON true
            WHERE c.status = 'APPROVED' AND c.approved_on <= ?
            ORDER BY c.member_id, c.plan_code, e.coverage_start, c.incident_date, c.claim_no""";

    private static final String PAYOUT_COLUMNS = """
            kind, claim_id, member_id, plan_code, enrollment_id, coverage_start, coverage_end, payable, deductible_used,
            placed_on_bands, cap_used, pays_once_only_benefit, accident_date, accident_lump_sum_paid, breakdown,
            settlement_run, job_execution_id, settled_on""";

    private final Connection read;
    private final Connection write;
    private final LocalDate runDate;
    private final Map<Long, SettlementCalculator> calculatorsByPlanVersion = new HashMap<>();

    /** @param runDate as the job's runDate: the claims approved by then are settled, and their payouts dated so */
    PlainJdbcSettlement(Connection read, Connection write, LocalDate runDate) {
        this.read = read;
        this.write = write;
        this.runDate = runDate;
    }

    /** @return the payouts written */
    long run() throws SQLException {
        try (Statement statement = write.createStatement()) {
            // made afresh, so that it has payout's columns of this version
            statement.execute("DROP TABLE IF EXISTS bench_payout");
            statement.execute("CREATE TABLE bench_payout (LIKE payout INCLUDING DEFAULTS)");
        }
        write.commit();
        readCalculators();
        PeriodUsage period = null;
        try (PreparedStatement select = read.prepareStatement(APPROVED_IN_SETTLEMENT_ORDER);
             CopyRows payouts = new CopyRows(write, "bench_payout", PAYOUT_COLUMNS)) {
            select.setFetchSize(500);
            select.setObject(1, runDate);
            try (ResultSet claims = select.executeQuery()) {
                while (claims.next()) {
                    ClaimToSettle claim = claimToSettle(claims);
                    if (period == null || !period.key().equals(claim.key())) {
                        period = PeriodUsage.none(claim.key());
                    }
                    Settlement settlement = calculatorsByPlanVersion.get(claims.getLong(7)).settle(claim, period);
                    period = period.plus(settlement.usage());
                    ClaimUsage usage = settlement.usage();
                    payouts.row("CLAIM", claims.getLong(1), claims.getLong(3), claim.plan().name(), claim.enrolmentId(),
                            claim.coverage().start(), claim.coverage().end(), settlement.payable().toPlainString(),
                            usage.deductibleUsed().toPlainString(), usage.placedOnBands().toPlainString(),
                            usage.capUsed().toPlainString(), usage.paysOnceOnlyBenefit(), usage.accidentDate(),
                            usage.accidentLumpSumPaid().toPlainString(),
                            PayoutBreakdownJson.write(settlement.breakdown()), 0, 0, runDate);
                }
            }
            payouts.close();
            write.commit();
            read.rollback();
            return payouts.rows();
        }
    }

    private static ClaimToSettle claimToSettle(ResultSet claims) throws SQLException {
        PlanCode plan = PlanCode.valueOf(claims.getString(5));
        LocalDate incident = date(claims, 11);
        Money policySelfPaid = Money.of(claims.getBigDecimal(14));
        Money outOfPolicy = Money.of(claims.getBigDecimal(15));
        ClaimedBenefit benefit = switch (plan) {
            case INPATIENT -> new ClaimedBenefit.InpatientStay(date(claims, 12), date(claims, 13), policySelfPaid,
                    outOfPolicy);
            case ACCIDENT -> new ClaimedBenefit.AccidentMedical(incident, policySelfPaid, outOfPolicy);
            default -> throw new IllegalStateException("the benchmark loads no " + plan + " claims");
        };
        return new ClaimToSettle(claims.getString(2), claims.getString(4), claims.getLong(6),
                new CoveragePeriod(date(claims, 8), date(claims, 9)), claims.getInt(10), incident, benefit);
    }

    /** Every plan version's calculator, read before the COPY starts: the connection is busy with it afterwards. */
    private void readCalculators() throws SQLException {
        try (Statement statement = write.createStatement();
             ResultSet rs = statement.executeQuery(
                     "SELECT id, plan_code, settlement_terms::text, waiting_days FROM plan_version")) {
            while (rs.next()) {
                calculatorsByPlanVersion.put(rs.getLong(1), new SettlementCalculator(SettlementTermsJson.parse(
                        PlanCode.valueOf(rs.getString(2)), rs.getString(3), rs.getInt(4))));
            }
        }
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}

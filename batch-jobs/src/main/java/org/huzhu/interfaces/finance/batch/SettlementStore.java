package org.huzhu.interfaces.finance.batch;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.huzhu.domain.model.payout.ClaimUsage;
import org.huzhu.domain.model.payout.PeriodUsage;
import org.huzhu.domain.model.payout.Settlement;
import org.huzhu.domain.model.payout.SettlementKey;
import org.huzhu.domain.model.payout.SettlementTerms;
import org.huzhu.domain.model.plan.PlanCode;
import org.huzhu.domain.model.shared.Money;
import org.huzhu.infrastructure.persistence.PayoutBreakdownJson;
import org.huzhu.infrastructure.persistence.SettlementTermsJson;

/** The settlement's SQL, on the caller's connection (and so in the chunk's transaction). */
final class SettlementStore {

    static final String ACTOR = "system:payout-settlement";

    private final Connection connection;

    SettlementStore(Connection connection) {
        this.connection = connection;
    }

    /**
     * What the stored payouts of a period used. The key names exactly one enrolment (enrolments of a member in a
     * plan never overlap), so the payouts are found by it. One row per accident date (null for the rest): each row
     * is the sum of its claims' usages, and {@link PeriodUsage} adds them up.
     */
    PeriodUsage usageOf(SettlementKey key, long enrollmentId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT sum(deductible_used), sum(placed_on_bands), sum(cap_used), bool_or(pays_once_only_benefit),
                       accident_date, sum(accident_lump_sum_paid)
                FROM payout WHERE enrollment_id = ? GROUP BY accident_date""")) {
            select.setLong(1, enrollmentId);
            List<ClaimUsage> usages = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    Date accidentDate = rs.getDate(5);
                    usages.add(new ClaimUsage(Money.of(rs.getBigDecimal(1)), Money.of(rs.getBigDecimal(2)),
                            Money.of(rs.getBigDecimal(3)), rs.getBoolean(4),
                            accidentDate == null ? null : accidentDate.toLocalDate(), Money.of(rs.getBigDecimal(6))));
                }
            }
            return PeriodUsage.rebuiltFrom(key, usages);
        }
    }

    SettlementTerms termsOf(PlanCode plan, long planVersionId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT settlement_terms::text, waiting_days FROM plan_version WHERE id = ?")) {
            select.setLong(1, planVersionId);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("plan version " + planVersionId + " is missing");
                }
                return SettlementTermsJson.parse(plan, rs.getString(1), rs.getInt(2));
            }
        }
    }

    void auditRefusal(UnsettleableClaim refusal) throws SQLException {
        try (PreparedStatement audit = connection.prepareStatement("""
                INSERT INTO audit_log (actor, entity_type, entity_ref, action, from_status, to_status, reason)
                VALUES (?, 'CLAIM', ?, 'SETTLEMENT_REFUSED', 'APPROVED', 'APPROVED', ?)""")) {
            audit.setString(1, ACTOR);
            audit.setString(2, refusal.claimNo());
            audit.setString(3, refusal.getMessage());
            audit.executeUpdate();
        }
    }

    /** One statement for the chunk's claims; any claim it did not find APPROVED fails the chunk. */
    private void settle(PreparedStatement claims, List<SettledClaim> settled) throws SQLException {
        Long[] ids = settled.stream().map(item -> item.claim().claimId()).toArray(Long[]::new);
        claims.setArray(1, connection.createArrayOf("bigint", ids));
        Set<Long> updated = new HashSet<>();
        try (ResultSet rs = claims.executeQuery()) {
            while (rs.next()) {
                updated.add(rs.getLong(1));
            }
        }
        for (SettledClaim item : settled) {
            if (!updated.contains(item.claim().claimId())) {
                throw new IllegalStateException("claim " + item.claim().claimNo()
                        + " is no longer APPROVED: changed while it was being settled");
            }
        }
    }

    /**
     * Stores the payouts, settled on the run's date, moves their claims from APPROVED to SETTLED, ends the enrolments
     * whose benefit ends them and audits each claim: four statements for the whole chunk (the inserts as JDBC batches,
     * which the driver sends as multi-row inserts).
     *
     * @throws IllegalStateException if a claim is no longer APPROVED: nothing of the chunk is kept
     */
    void store(List<SettledClaim> settled, LocalDate runDate, long run, long execution) throws SQLException {
        try (PreparedStatement payouts = connection.prepareStatement("""
                     INSERT INTO payout (kind, claim_id, member_id, plan_code, enrollment_id, coverage_start,
                                         coverage_end, payable, deductible_used, placed_on_bands, cap_used,
                                         pays_once_only_benefit, accident_date, accident_lump_sum_paid, breakdown,
                                         settlement_run, job_execution_id, settled_on)
                     VALUES ('CLAIM', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)""");
             PreparedStatement claims = connection.prepareStatement("""
                     UPDATE claim SET status = 'SETTLED', row_version = row_version + 1
                     WHERE id = ANY (?) AND status = 'APPROVED' RETURNING id""");
             PreparedStatement enrolments = connection.prepareStatement(
                     "UPDATE enrollment SET ended_on = ? WHERE id = ? AND ended_on IS NULL");
             PreparedStatement audit = connection.prepareStatement("""
                     INSERT INTO audit_log (actor, entity_type, entity_ref, action, from_status, to_status, reason)
                     VALUES (?, 'CLAIM', ?, 'SETTLE', 'APPROVED', 'SETTLED', ?)""")) {
            for (SettledClaim item : settled) {
                ApprovedClaim claim = item.claim();
                Settlement settlement = item.settlement();
                ClaimUsage usage = settlement.usage();
                int p = 1;
                payouts.setLong(p++, claim.claimId());
                payouts.setLong(p++, claim.memberId());
                payouts.setString(p++, claim.plan().name());
                payouts.setLong(p++, claim.enrollmentId());
                payouts.setDate(p++, Date.valueOf(claim.coverageStart()));
                payouts.setDate(p++, Date.valueOf(claim.coverageEnd()));
                payouts.setBigDecimal(p++, settlement.payable().amount());
                payouts.setBigDecimal(p++, usage.deductibleUsed().amount());
                payouts.setBigDecimal(p++, usage.placedOnBands().amount());
                payouts.setBigDecimal(p++, usage.capUsed().amount());
                payouts.setBoolean(p++, usage.paysOnceOnlyBenefit());
                if (usage.accidentDate() == null) {
                    payouts.setNull(p++, Types.DATE);
                } else {
                    payouts.setDate(p++, Date.valueOf(usage.accidentDate()));
                }
                payouts.setBigDecimal(p++, usage.accidentLumpSumPaid().amount());
                payouts.setString(p++, PayoutBreakdownJson.write(settlement.breakdown()));
                payouts.setLong(p++, run);
                payouts.setLong(p++, execution);
                payouts.setDate(p, Date.valueOf(runDate));
                payouts.addBatch();

                if (settlement.endsEnrolment()) {
                    enrolments.setDate(1, Date.valueOf(runDate));
                    enrolments.setLong(2, claim.enrollmentId());
                    enrolments.addBatch();
                }

                audit.setString(1, ACTOR);
                audit.setString(2, claim.claimNo());
                audit.setString(3, "结算应付 " + settlement.payable().toPlainString() + " 元");
                audit.addBatch();
            }
            payouts.executeBatch();
            settle(claims, settled);
            enrolments.executeBatch();
            audit.executeBatch();
        }
    }
}

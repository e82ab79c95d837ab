package org.huzhu.interfaces.finance.batch;

import jakarta.annotation.Resource;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.huzhu.application.JobParameters;
import org.huzhu.domain.model.grant.Grant;
import org.huzhu.domain.model.grant.GrantCandidate;
import org.huzhu.domain.model.grant.GrantRunResult;
import org.huzhu.domain.model.grant.GrantTerms;
import org.huzhu.domain.model.grant.HardshipGrantCalculator;
import org.huzhu.domain.model.member.HardshipLevel;
import org.huzhu.domain.model.shared.GrantNumber;
import org.huzhu.domain.model.shared.Money;
import org.huzhu.infrastructure.persistence.DataSources;
import org.huzhu.infrastructure.persistence.GrantBreakdownJson;
import org.huzhu.infrastructure.persistence.NumberSequences;

/**
 * Decides a hardship grant run (SPEC.md §7) with {@link HardshipGrantCalculator} and stores it: the run, its grants
 * and condolences, one payout each, and the staff lists.
 * <p>
 * The database sums each member's year (one grouped query); only the candidates come into memory, all at once,
 * because apportioning the budget needs every grant of the run: a few hundred members per county, a few ten
 * thousand per province, a few megabytes.
 * <p>
 * Everything is written in one transaction under an advisory lock on the year, so two runs of a year never decide
 * from the same "already granted" figures, and a run either exists whole or not at all. A restart of a run whose
 * decision committed finds it ({@code grant_run.job_instance_id} is UNIQUE) and decides nothing again.
 */
@Named("HardshipGrantDecider")
@Dependent
public class HardshipGrantDecider extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(HardshipGrantDecider.class.getName());

    /** Two-key advisory lock: this constant and the year. */
    private static final int GRANT_YEAR_LOCK = 0x4752_4e54;  // "GRNT"

    private static final String CANDIDATES = """
            WITH settled AS (
                SELECT c.member_id, p.payable,
                       c.plan_code = 'INPATIENT' OR (c.plan_code = 'ACCIDENT' AND c.accident_outcome = 'MEDICAL')
                           AS burdens,
                       c.plan_code IN ('CRITICAL', 'FEMALE') AS critical_or_female,
                       (SELECT coalesce(sum(i.policy_self_paid + i.out_of_policy), 0)
                        FROM claim_invoice i WHERE i.claim_id = c.id) AS self_paid
                FROM payout p JOIN claim c ON c.id = p.claim_id
                WHERE p.kind = 'CLAIM'
                  AND p.settled_on BETWEEN make_date(?, 1, 1) AND make_date(?, 12, 31)
                  AND c.plan_code IN ('INPATIENT', 'ACCIDENT', 'CRITICAL', 'FEMALE')
            ), year_of_member AS (
                SELECT member_id,
                       coalesce(sum(self_paid) FILTER (WHERE burdens), 0) AS self_paid,
                       coalesce(sum(payable) FILTER (WHERE burdens), 0) AS mutual_aid_paid,
                       bool_or(critical_or_female) AS critical_or_female
                FROM settled WHERE burdens OR critical_or_female
                GROUP BY member_id
            )
            SELECT m.id, m.member_no, y.self_paid, y.mutual_aid_paid, y.critical_or_female,
                   coalesce((SELECT h.level FROM hardship_file h
                             WHERE h.member_id = m.id AND ? BETWEEN h.valid_from AND h.valid_to), 'NONE'),
                   coalesce((SELECT sum(g.amount) FROM hardship_grant g
                             WHERE g.member_id = m.id AND g.year = ? AND g.kind = 'GRANT'), 0),
                   EXISTS (SELECT 1 FROM hardship_grant g
                           WHERE g.member_id = m.id AND g.year = ? AND g.kind = 'CONDOLENCE')
            FROM year_of_member y JOIN member m ON m.id = y.member_id""";

    @Inject
    @BatchProperty(name = JobParameters.YEAR)
    String year;

    @Inject
    @BatchProperty(name = JobParameters.BUDGET)
    String budget;

    @Inject
    @BatchProperty(name = JobParameters.RUN_DATE)
    String runDate;

    @Inject
    JobContext jobContext;

    @Inject
    StepContext stepContext;

    @EJB
    NumberSequences numbers;

    // Outside JTA: one local transaction of our own around lock, read and writes.
    @Resource(lookup = DataSources.HUZHU_STREAMING)
    DataSource dataSource;

    @Override
    public String process() throws SQLException {
        int grantYear = Integer.parseInt(year.strip());
        Money grantBudget = Money.parse(budget);
        LocalDate date = JobParameters.runDate(runDate);
        long run = jobContext.getInstanceId();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                lockYear(connection, grantYear);
                if (decidedBefore(connection, run).isPresent()) {
                    connection.commit();
                    stepContext.setExitStatus("ALREADY_DECIDED");
                    return "ALREADY_DECIDED";
                }
                Map<String, Long> memberIds = new HashMap<>();
                List<GrantCandidate> candidates = candidates(connection, grantYear, date, memberIds);
                GrantRunResult result = new HardshipGrantCalculator(GrantTerms.defaults()).run(candidates, grantBudget);
                long runId = store(connection, grantYear, grantBudget, date, candidates, result, memberIds);
                connection.commit();
                String status = "grants=" + result.grants().size() + " grantTotal=" + result.grantTotal().toPlainString()
                        + " condolences=" + result.condolences().size() + " candidates=" + candidates.size();
                stepContext.setExitStatus(status);
                LOG.info(() -> "hardship grant run " + runId + " for " + grantYear + ": " + status);
                return "COMPLETED";
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private static void lockYear(Connection connection, int grantYear) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?, ?)")) {
            lock.setInt(1, GRANT_YEAR_LOCK);
            lock.setInt(2, grantYear);
            lock.execute();
        }
    }

    private static OptionalLong decidedBefore(Connection connection, long run) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id FROM grant_run WHERE job_instance_id = ?")) {
            select.setLong(1, run);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    private static List<GrantCandidate> candidates(Connection connection, int grantYear, LocalDate date,
            Map<String, Long> memberIds) throws SQLException {
        List<GrantCandidate> candidates = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(CANDIDATES)) {
            select.setFetchSize(1000);
            select.setInt(1, grantYear);
            select.setInt(2, grantYear);
            select.setObject(3, date);
            select.setInt(4, grantYear);
            select.setInt(5, grantYear);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    String memberNo = rs.getString(2);
                    memberIds.put(memberNo, rs.getLong(1));
                    candidates.add(new GrantCandidate(memberNo, Money.of(rs.getBigDecimal(3)),
                            Money.of(rs.getBigDecimal(4)), HardshipLevel.valueOf(rs.getString(6)),
                            Money.of(rs.getBigDecimal(7)), rs.getBoolean(8), rs.getBoolean(5)));
                }
            }
        }
        return candidates;
    }

    private long store(Connection connection, int grantYear, Money grantBudget, LocalDate date,
            List<GrantCandidate> candidates, GrantRunResult result, Map<String, Long> memberIds) throws SQLException {
        Money condolenceTotal = result.condolences().stream().map(Grant::amount).reduce(Money.ZERO, Money::plus);
        long runId;
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO grant_run (year, budget, run_date, job_instance_id, job_execution_id, candidates,
                                       grant_count, grant_total, condolence_count, condolence_total)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")) {
            insert.setInt(1, grantYear);
            insert.setBigDecimal(2, grantBudget.amount());
            insert.setObject(3, date);
            insert.setLong(4, jobContext.getInstanceId());
            insert.setLong(5, jobContext.getExecutionId());
            insert.setInt(6, candidates.size());
            insert.setInt(7, result.grants().size());
            insert.setBigDecimal(8, result.grantTotal().amount());
            insert.setInt(9, result.condolences().size());
            insert.setBigDecimal(10, condolenceTotal.amount());
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                runId = rs.getLong(1);
            }
        }
        Map<String, GrantCandidate> byMember = new HashMap<>();
        candidates.forEach(candidate -> byMember.put(candidate.memberNumber(), candidate));
        List<Grant> granted = new ArrayList<>(result.grants());
        granted.addAll(result.condolences());
        if (!granted.isEmpty()) {
            storeGrants(connection, runId, grantYear, date, granted, byMember, memberIds);
        }
        storeLists(connection, runId, result, byMember, memberIds);
        return runId;
    }

    /**
     * The grants, numbered in member order (grants, then condolences), and one payout for each, settled on the run's
     * date, whose breakdown keeps the member's figures the grant was decided from (for the grant letter).
     */
    private void storeGrants(Connection connection, long runId, int grantYear, LocalDate date, List<Grant> granted,
            Map<String, GrantCandidate> byMember, Map<String, Long> memberIds) throws SQLException {
        long first = numbers.reserve(NumberSequences.Kind.GRANT, grantYear, granted.size());
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO hardship_grant (grant_no, grant_run_id, member_id, year, kind, burden, unscaled_amount, amount)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement payout = connection.prepareStatement("""
                INSERT INTO payout (kind, grant_id, member_id, payable, breakdown, settlement_run, job_execution_id,
                                    settled_on)
                SELECT 'GRANT', g.id, g.member_id, g.amount, ?::jsonb, ?, ?, ? FROM hardship_grant g WHERE g.grant_no = ?""")) {
            for (int i = 0; i < granted.size(); i++) {
                Grant grant = granted.get(i);
                String grantNo = new GrantNumber(grantYear, Math.toIntExact(first + i)).value();
                insert.setString(1, grantNo);
                insert.setLong(2, runId);
                insert.setLong(3, memberIds.get(grant.memberNumber()));
                insert.setInt(4, grantYear);
                insert.setString(5, grant.kind().name());
                insert.setBigDecimal(6, grant.burden().amount());
                insert.setBigDecimal(7, grant.unscaledAmount().amount());
                insert.setBigDecimal(8, grant.amount().amount());
                insert.addBatch();
                payout.setString(1, GrantBreakdownJson.write(grantNo, grant, byMember.get(grant.memberNumber())));
                payout.setLong(2, jobContext.getInstanceId());
                payout.setLong(3, jobContext.getExecutionId());
                payout.setObject(4, date);
                payout.setString(5, grantNo);
                payout.addBatch();
            }
            insert.executeBatch();
            payout.executeBatch();
        }
    }

    private static void storeLists(Connection connection, long runId, GrantRunResult result,
            Map<String, GrantCandidate> byMember, Map<String, Long> memberIds) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO grant_list_entry (grant_run_id, list, member_id, burden, critical_or_female)
                VALUES (?, ?, ?, ?, ?)""")) {
            addList(insert, runId, "FOLLOW_UP", result.followUpVisits(), byMember, memberIds);
            addList(insert, runId, "FILE_CANDIDATE", result.hardshipFileCandidates(), byMember, memberIds);
            insert.executeBatch();
        }
    }

    private static void addList(PreparedStatement insert, long runId, String list, List<String> members,
            Map<String, GrantCandidate> byMember, Map<String, Long> memberIds) throws SQLException {
        for (String memberNo : members) {
            GrantCandidate candidate = byMember.get(memberNo);
            insert.setLong(1, runId);
            insert.setString(2, list);
            insert.setLong(3, memberIds.get(memberNo));
            insert.setBigDecimal(4, candidate.burden().amount());
            insert.setBoolean(5, candidate.criticalOrFemaleSettled());
            insert.addBatch();
        }
    }
}

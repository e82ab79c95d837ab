package org.huzhu.interfaces.finance.batch;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.huzhu.application.JobParameters;
import org.huzhu.domain.model.plan.PlanCode;
import org.huzhu.domain.model.shared.Money;
import org.huzhu.infrastructure.persistence.DataSources;

/**
 * Streams one partition's claims approved on or before the run's date, in settlement order (SPEC.md §6), with a
 * server-side cursor: the claims are never all in memory. A claim approved after the run's date waits for a later
 * run, so a run dated in the past settles what was approved by then and no more. The cursor lives on a connection
 * outside JTA, so it survives the chunk commits.
 * <p>
 * No checkpoint: a claim leaves the query when its chunk commits (it is SETTLED then), so after a restart the
 * same query yields exactly the claims still to settle.
 */
@Named("ApprovedClaimReader")
@Dependent
public class ApprovedClaimReader extends AbstractItemReader {

    static final String FETCH_SIZE = "fetchSize";

    private static final String APPROVED_CLAIMS = """
            SELECT c.id, c.claim_no, c.member_id, m.member_no, c.plan_code, e.id, e.plan_version_id,
                   e.coverage_start, e.coverage_end, e.shares, e.renewal, c.incident_date, c.admission_date,
                   c.discharge_date, c.diagnosis_code, c.accident_outcome, c.disability_grade,
                   coalesce(i.policy_self_paid, 0), coalesce(i.out_of_policy, 0)
            FROM claim c
            JOIN member m ON m.id = c.member_id
            JOIN enrollment e ON e.id = c.enrollment_id
            LEFT JOIN LATERAL (SELECT sum(policy_self_paid) AS policy_self_paid, sum(out_of_policy) AS out_of_policy
                               FROM claim_invoice WHERE claim_id = c.id) i ON true
            WHERE c.status = 'APPROVED' AND c.approved_on <= ? AND mod(c.member_id, ?) = ?
            ORDER BY c.member_id, c.plan_code, e.coverage_start, c.incident_date, c.claim_no""";

    @Inject
    @BatchProperty(name = JobParameters.RUN_DATE)
    String runDate;

    @Inject
    @BatchProperty(name = MemberPartitionMapper.PARTITION)
    String partition;

    @Inject
    @BatchProperty(name = MemberPartitionMapper.PARTITIONS)
    String partitions;

    /** Rows fetched per round trip: memory stays bounded by this, not by the number of claims. */
    @Inject
    @BatchProperty(name = FETCH_SIZE)
    String fetchSize;

    @Resource(lookup = DataSources.HUZHU_STREAMING)
    DataSource dataSource;

    private Connection connection;
    private PreparedStatement statement;
    private ResultSet claims;

    @Override
    public void open(Serializable checkpoint) throws SQLException {
        connection = dataSource.getConnection();
        // PostgreSQL streams with a cursor only inside a transaction; this one only reads.
        connection.setAutoCommit(false);
        connection.setReadOnly(true);
        statement = connection.prepareStatement(APPROVED_CLAIMS);
        statement.setFetchSize(Integer.parseInt(fetchSize));
        statement.setDate(1, Date.valueOf(JobParameters.runDate(runDate)));
        statement.setInt(2, Integer.parseInt(partitions));
        statement.setInt(3, Integer.parseInt(partition));
        claims = statement.executeQuery();
    }

    @Override
    public Object readItem() throws SQLException {
        if (!claims.next()) {
            return null;
        }
        return new ApprovedClaim(claims.getLong(1), claims.getString(2), claims.getLong(3), claims.getString(4),
                PlanCode.valueOf(claims.getString(5)), claims.getLong(6), claims.getLong(7), date(8), date(9),
                claims.getInt(10), claims.getBoolean(11), date(12), date(13), date(14), claims.getString(15),
                claims.getString(16), (Integer) claims.getObject(17), Money.of(claims.getBigDecimal(18)),
                Money.of(claims.getBigDecimal(19)));
    }

    @Override
    public void close() throws SQLException {
        if (connection != null) {
            try (Connection toClose = connection) {
                toClose.rollback();
            } finally {
                connection = null;
            }
        }
    }

    private LocalDate date(int column) throws SQLException {
        Date date = claims.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}

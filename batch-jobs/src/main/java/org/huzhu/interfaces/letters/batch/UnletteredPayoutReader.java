package org.huzhu.interfaces.letters.batch;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.huzhu.infrastructure.persistence.DataSources;

/**
 * Streams one partition ({@code payout.id % partitions}) of this run's payouts of one kind that have no letter yet,
 * in id order. The run is the job instance, so a restarted execution finds the payouts an earlier execution of the
 * run wrote and did not get to.
 * <p>
 * Restart is safe twice over: the checkpoint (the last payout id of a committed chunk) skips what is done without
 * asking the letter table, and "no letter yet" leaves out whatever a chunk committed after its checkpoint was
 * lost. The letter's UNIQUE payout_id is the last guard.
 */
@Named("UnletteredPayoutReader")
@Dependent
public class UnletteredPayoutReader extends AbstractItemReader {

    private static final String UNLETTERED = """
            SELECT p.id, p.member_id FROM payout p
            WHERE p.settlement_run = ? AND p.kind = ? AND mod(p.id, ?) = ? AND p.id > ?
              AND NOT EXISTS (SELECT 1 FROM letter l WHERE l.payout_id = p.id)
            ORDER BY p.id""";

    @Inject
    @BatchProperty(name = "partition")
    String partition;

    @Inject
    @BatchProperty(name = "partitions")
    String partitions;

    /** {@code CLAIM} or {@code GRANT}: which payouts of the run this step writes letters for. */
    @Inject
    @BatchProperty(name = "payoutKind")
    String payoutKind;

    @Inject
    JobContext jobContext;

    // A cursor on a JTA connection would close at the first chunk commit (see ApprovedClaimReader).
    @Resource(lookup = DataSources.HUZHU_STREAMING)
    DataSource dataSource;

    private Connection connection;
    private ResultSet payouts;
    private long lastRead;

    @Override
    public void open(Serializable checkpoint) throws SQLException {
        lastRead = checkpoint == null ? 0 : (Long) checkpoint;
        connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        connection.setReadOnly(true);
        PreparedStatement statement = connection.prepareStatement(UNLETTERED);
        // Ids only: a few hundred per round trip keep memory flat however large the run.
        statement.setFetchSize(500);
        statement.setLong(1, jobContext.getInstanceId());
        statement.setString(2, payoutKind);
        statement.setInt(3, Integer.parseInt(partitions));
        statement.setInt(4, Integer.parseInt(partition));
        statement.setLong(5, lastRead);
        payouts = statement.executeQuery();
    }

    @Override
    public Object readItem() throws SQLException {
        if (!payouts.next()) {
            return null;
        }
        lastRead = payouts.getLong(1);
        return new UnletteredPayout(lastRead, payouts.getLong(2));
    }

    @Override
    public Serializable checkpointInfo() {
        return lastRead;
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
}

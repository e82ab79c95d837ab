package org.huzhu.infrastructure.batch;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.Statement;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.huzhu.application.JobExecutionView;
import org.huzhu.infrastructure.persistence.DataSources;

/**
 * After a crash (kill -9, power loss) the job repository still says STARTED for the executions that were
 * running, and JBeret refuses to restart them (JBERET-655, WFLY-19706). When Huzhu starts, nothing of it runs
 * yet, so every execution still marked running is dead: this marks it, its steps and partitions FAILED, and
 * finance can restart it.
 * <p>
 * Assumes one server per database, as Huzhu is deployed; a second server would need its own executions told
 * apart first.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class StaleExecutionRecovery {

    static final String EXIT_STATUS = "FAILED: the server stopped while it ran; restart it";
    private static final Logger LOG = Logger.getLogger(StaleExecutionRecovery.class.getName());
    /** The statuses of an execution that has not ended, as JobExecutionView knows them (fixed words, safe to inline). */
    private static final String STALE = JobExecutionView.RUNNING.stream().map(status -> "'" + status + "'")
            .collect(Collectors.joining(", ", "batchstatus IN (", ")"));

    @Resource(lookup = DataSources.HUZHU)
    private DataSource dataSource;

    @Resource
    private UserTransaction transaction;

    @PostConstruct
    void markDeadExecutionsFailed() {
        try {
            transaction.begin();
            try (Connection connection = dataSource.getConnection();
                 Statement statement = connection.createStatement()) {
                statement.executeUpdate("UPDATE partition_execution SET batchstatus = 'FAILED', exitstatus = '"
                        + EXIT_STATUS + "' WHERE " + STALE);
                statement.executeUpdate("UPDATE step_execution SET batchstatus = 'FAILED', exitstatus = '"
                        + EXIT_STATUS + "', endtime = coalesce(endtime, now()) WHERE " + STALE);
                int jobs = statement.executeUpdate("UPDATE job_execution SET batchstatus = 'FAILED', exitstatus = '"
                        + EXIT_STATUS + "', endtime = coalesce(endtime, now()), lastupdatedtime = now() WHERE " + STALE);
                transaction.commit();
                if (jobs > 0) {
                    LOG.warning(() -> jobs + " job executions were left running by a crash: marked FAILED, to be restarted");
                }
            } catch (Exception e) {
                transaction.rollback();
                throw e;
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not mark the executions a crash left running as FAILED", e);
        }
    }
}

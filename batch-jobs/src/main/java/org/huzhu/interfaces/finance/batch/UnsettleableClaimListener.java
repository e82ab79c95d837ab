package org.huzhu.interfaces.finance.batch;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.huzhu.application.JobParameters;
import org.huzhu.infrastructure.persistence.DataSources;

/**
 * Leaves a trace of every claim the settlement refused: an audit row (APPROVED stays APPROVED, with the reason),
 * in the chunk's transaction, so that staff can correct or decline the claim. A dry run only logs.
 */
@Named("UnsettleableClaimListener")
@Dependent
public class UnsettleableClaimListener implements SkipProcessListener {

    private static final Logger LOG = Logger.getLogger(UnsettleableClaimListener.class.getName());

    @Inject
    @BatchProperty(name = JobParameters.DRY_RUN)
    String dryRun;

    @Resource(lookup = DataSources.HUZHU)
    DataSource dataSource;

    @Override
    public void onSkipProcessItem(Object item, Exception refusal) throws SQLException {
        UnsettleableClaim unsettleable = (UnsettleableClaim) refusal;
        LOG.warning(() -> "claim " + unsettleable.claimNo() + " not settled: " + unsettleable.getMessage());
        if (!JobParameters.dryRun(dryRun)) {
            try (Connection connection = dataSource.getConnection()) {
                new SettlementStore(connection).auditRefusal(unsettleable);
            }
        }
    }
}

package org.huzhu.interfaces.roster.batch;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.huzhu.application.JobParameters;
import org.huzhu.domain.model.member.roster.RowRejected;
import org.huzhu.infrastructure.persistence.DataSources;

/**
 * Records a rejected row, with its cells and every rule it broke, in the chunk's transaction: it is committed
 * with the checkpoint that passes over it, so a restart neither loses nor repeats it. A row that listed a member of
 * another unit also asks, in the same transaction, for a reviewer to confirm that member's move.
 */
@Named("RejectedRowListener")
@Dependent
public class RejectedRowListener implements SkipProcessListener {

    @Inject
    @BatchProperty(name = JobParameters.UNIT_CODE)
    String unitCode;

    @Inject
    @BatchProperty(name = JobParameters.STARTED_BY)
    String startedBy;

    @Inject
    JobContext jobContext;

    @Resource(lookup = DataSources.HUZHU)
    DataSource dataSource;

    @Override
    public void onSkipProcessItem(Object item, Exception rejection) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            RowRejected rejected = (RowRejected) rejection;
            RosterStore store = new RosterStore(connection);
            store.reject(jobContext.getInstanceId(), rejected);
            if (rejected.memberOfAnotherUnit().isPresent()) {
                store.requestUnitMove(jobContext.getInstanceId(), rejected.row().rowNumber(),
                        rejected.memberOfAnotherUnit().get(), unitCode, startedBy);
            }
        }
    }
}

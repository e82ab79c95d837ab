package org.huzhu.interfaces.roster.batch;

import jakarta.annotation.Resource;
import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.huzhu.domain.model.member.roster.RowRejected;
import org.huzhu.infrastructure.persistence.DataSources;

/**
 * Records a rejected row, with its cells and every rule it broke, in the chunk's transaction: it is committed
 * with the checkpoint that passes over it, so a restart neither loses nor repeats it.
 */
@Named("RejectedRowListener")
@Dependent
public class RejectedRowListener implements SkipProcessListener {

    @Inject
    JobContext jobContext;

    @Resource(lookup = DataSources.HUZHU)
    DataSource dataSource;

    @Override
    public void onSkipProcessItem(Object item, Exception rejection) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            new RosterStore(connection).reject(jobContext.getInstanceId(), (RowRejected) rejection);
        }
    }
}

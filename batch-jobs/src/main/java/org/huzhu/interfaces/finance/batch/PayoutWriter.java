package org.huzhu.interfaces.finance.batch;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.huzhu.application.JobParameters;
import org.huzhu.infrastructure.persistence.DataSources;

/**
 * Stores a chunk's settlements in the chunk's transaction (see {@link SettlementStore#store}); in a dry run only
 * counts them. Either way it hands the chunk's tally to {@link SettlementTallyCollector}.
 */
@Named("PayoutWriter")
@Dependent
public class PayoutWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty(name = JobParameters.RUN_DATE)
    String runDate;

    @Inject
    @BatchProperty(name = JobParameters.DRY_RUN)
    String dryRun;

    @Inject
    JobContext jobContext;

    @Inject
    StepContext stepContext;

    @Resource(lookup = DataSources.HUZHU)
    DataSource dataSource;

    @Override
    @SuppressWarnings("unchecked")
    public void writeItems(List<Object> items) throws SQLException {
        List<SettledClaim> settled = (List<SettledClaim>) (List<?>) items;
        if (!JobParameters.dryRun(dryRun)) {
            try (Connection connection = dataSource.getConnection()) {
                new SettlementStore(connection).store(settled, JobParameters.runDate(runDate),
                        jobContext.getInstanceId(), jobContext.getExecutionId());
            }
        }
        SettlementTally tally = stepContext.getTransientUserData() instanceof SettlementTally sofar
                ? sofar : SettlementTally.NONE;
        for (SettledClaim item : settled) {
            tally = tally.plus(item.settlement().payable());
        }
        stepContext.setTransientUserData(tally);
    }
}

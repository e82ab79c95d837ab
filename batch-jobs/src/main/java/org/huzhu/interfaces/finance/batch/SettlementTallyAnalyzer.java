package org.huzhu.interfaces.finance.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.AbstractPartitionAnalyzer;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.huzhu.application.JobParameters;

/**
 * Adds up the partitions' tallies into the execution's exit status. That is all a dry run reports; a real run's
 * {@link PaymentFileWriter} then reports the whole run from the database, restarts included.
 */
@Named("SettlementTallyAnalyzer")
@Dependent
public class SettlementTallyAnalyzer extends AbstractPartitionAnalyzer {

    @Inject
    @BatchProperty(name = JobParameters.DRY_RUN)
    String dryRun;

    @Inject
    JobContext jobContext;

    private SettlementTally tally = SettlementTally.NONE;

    @Override
    public void analyzeCollectorData(Serializable data) {
        tally = tally.plus((SettlementTally) data);
        jobContext.setExitStatus(tally.exitStatus(JobParameters.dryRun(dryRun)));
    }
}

package org.huzhu.interfaces.finance.batch;

import jakarta.batch.api.partition.PartitionCollector;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Sends a partition's tally since the last collection to {@link SettlementTallyAnalyzer}, after each chunk. */
@Named("SettlementTallyCollector")
@Dependent
public class SettlementTallyCollector implements PartitionCollector {

    @Inject
    StepContext stepContext;

    @Override
    public Serializable collectPartitionData() {
        Serializable tally = stepContext.getTransientUserData() instanceof SettlementTally collected
                ? collected : SettlementTally.NONE;
        stepContext.setTransientUserData(SettlementTally.NONE);
        return tally;
    }
}

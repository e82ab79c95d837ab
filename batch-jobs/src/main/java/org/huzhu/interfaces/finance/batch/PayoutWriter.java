package org.huzhu.interfaces.finance.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;
import org.huzhu.application.JobParameters;
import org.huzhu.domain.model.claim.ClaimTransitions;
import org.huzhu.domain.model.payout.PayoutRepository;
import org.huzhu.domain.model.payout.SettledClaim;
import org.huzhu.domain.model.payout.SettlementRun;

/**
 * Stores a chunk's settlements in the chunk's transaction: the payouts, settled on the run's date
 * ({@link PayoutRepository#storeClaimPayouts}), and their claims' moves from APPROVED to SETTLED, audited
 * ({@link ClaimTransitions}). In a dry run it only counts them. Either way it hands the chunk's tally to
 * {@link SettlementTallyCollector}.
 */
@Named("PayoutWriter")
@Dependent
public class PayoutWriter extends AbstractItemWriter {

    /** Who the audit trail says settled a claim, or refused to. */
    static final String ACTOR = "system:payout-settlement";

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

    @Inject
    PayoutRepository payouts;

    @Inject
    ClaimTransitions claimTransitions;

    @Override
    @SuppressWarnings("unchecked")
    public void writeItems(List<Object> items) {
        List<SettledClaim> settled = (List<SettledClaim>) (List<?>) items;
        if (!JobParameters.dryRun(dryRun)) {
            store(settled);
        }
        SettlementTally tally = stepContext.getTransientUserData() instanceof SettlementTally sofar
                ? sofar : SettlementTally.NONE;
        for (SettledClaim item : settled) {
            tally = tally.plus(item.settlement().payable());
        }
        stepContext.setTransientUserData(tally);
    }

    /** @throws IllegalStateException if a claim is no longer APPROVED: nothing of the chunk is kept */
    private void store(List<SettledClaim> settled) {
        payouts.storeClaimPayouts(settled, new SettlementRun(jobContext.getInstanceId(), jobContext.getExecutionId(),
                JobParameters.runDate(runDate)));
        Set<Long> moved = claimTransitions.move(settled.stream().map(item -> item.settling(ACTOR)).toList());
        for (SettledClaim item : settled) {
            if (!moved.contains(item.claim().claimId())) {
                throw new IllegalStateException("claim " + item.claim().claimNo()
                        + " is no longer APPROVED: changed while it was being settled");
            }
        }
    }
}

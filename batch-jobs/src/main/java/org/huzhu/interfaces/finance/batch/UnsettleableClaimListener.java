package org.huzhu.interfaces.finance.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;
import org.huzhu.application.JobParameters;
import org.huzhu.domain.model.audit.AuditTrail;

/**
 * Leaves a trace of every claim the settlement refused: an audit entry (APPROVED stays APPROVED, with the reason),
 * in the chunk's transaction, so that staff can correct or decline the claim. A dry run only logs.
 */
@Named("UnsettleableClaimListener")
@Dependent
public class UnsettleableClaimListener implements SkipProcessListener {

    private static final Logger LOG = Logger.getLogger(UnsettleableClaimListener.class.getName());

    @Inject
    @BatchProperty(name = JobParameters.DRY_RUN)
    String dryRun;

    @Inject
    AuditTrail auditTrail;

    @Override
    public void onSkipProcessItem(Object item, Exception refusal) {
        UnsettleableClaim unsettleable = (UnsettleableClaim) refusal;
        LOG.warning(() -> "claim " + unsettleable.claimNo() + " not settled: " + unsettleable.getMessage());
        if (!JobParameters.dryRun(dryRun)) {
            auditTrail.record(unsettleable.auditEntry(PayoutWriter.ACTOR));
        }
    }
}

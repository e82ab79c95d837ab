package org.huzhu.interfaces.roster.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.huzhu.application.JobParameters;
import org.huzhu.domain.model.member.roster.RosterRepository;
import org.huzhu.domain.model.member.roster.RowRejected;

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

    @Inject
    RosterRepository rosters;

    @Override
    public void onSkipProcessItem(Object item, Exception rejection) {
        RowRejected rejected = (RowRejected) rejection;
        rosters.reject(jobContext.getInstanceId(), rejected);
        rejected.memberOfAnotherUnit().ifPresent(member -> rosters.requestUnitMove(jobContext.getInstanceId(),
                rejected.row().rowNumber(), member, unitCode, startedBy));
    }
}

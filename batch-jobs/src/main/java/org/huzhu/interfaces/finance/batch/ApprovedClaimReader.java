package org.huzhu.interfaces.finance.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.huzhu.application.JobParameters;
import org.huzhu.domain.model.payout.ApprovedClaim;
import org.huzhu.domain.model.payout.PayoutRepository;
import org.huzhu.domain.model.shared.Streamed;

/**
 * Streams one partition's claims approved on or before the run's date, in settlement order (SPEC.md §6), from
 * {@link PayoutRepository#approvedClaims}: the claims are never all in memory. A claim approved after the run's date
 * waits for a later run, so a run dated in the past settles what was approved by then and no more.
 * <p>
 * No checkpoint: a claim leaves the query when its chunk commits (it is SETTLED then), so after a restart the
 * same query yields exactly the claims still to settle.
 */
@Named("ApprovedClaimReader")
@Dependent
public class ApprovedClaimReader extends AbstractItemReader {

    static final String FETCH_SIZE = "fetchSize";

    @Inject
    @BatchProperty(name = JobParameters.RUN_DATE)
    String runDate;

    @Inject
    @BatchProperty(name = MemberPartitionMapper.PARTITION)
    String partition;

    @Inject
    @BatchProperty(name = MemberPartitionMapper.PARTITIONS)
    String partitions;

    /** Rows fetched per round trip: memory stays bounded by this, not by the number of claims. */
    @Inject
    @BatchProperty(name = FETCH_SIZE)
    String fetchSize;

    @Inject
    PayoutRepository payouts;

    private Streamed<ApprovedClaim> claims;

    @Override
    public void open(Serializable checkpoint) {
        claims = payouts.approvedClaims(JobParameters.runDate(runDate), Integer.parseInt(partitions),
                Integer.parseInt(partition), Integer.parseInt(fetchSize));
    }

    @Override
    public Object readItem() {
        return claims.next();
    }

    @Override
    public void close() {
        if (claims != null) {
            Streamed<ApprovedClaim> toClose = claims;
            claims = null;
            toClose.close();
        }
    }
}

package org.huzhu.interfaces.letters.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.huzhu.domain.model.letter.LetterSubjects;
import org.huzhu.domain.model.letter.UnletteredPayout;
import org.huzhu.domain.model.payout.PayoutKind;
import org.huzhu.domain.model.shared.Streamed;

/**
 * Streams one partition ({@code payout.id % partitions}) of this run's payouts of one kind that have no letter yet,
 * in id order. The run is the job instance, so a restarted execution finds the payouts an earlier execution of the
 * run wrote and did not get to.
 * <p>
 * Restart is safe twice over: the checkpoint (the last payout id of a committed chunk) skips what is done without
 * asking the letter table, and "no letter yet" leaves out whatever a chunk committed after its checkpoint was
 * lost. The letter's UNIQUE payout_id is the last guard.
 */
@Named("UnletteredPayoutReader")
@Dependent
public class UnletteredPayoutReader extends AbstractItemReader {

    @Inject
    @BatchProperty(name = "partition")
    String partition;

    @Inject
    @BatchProperty(name = "partitions")
    String partitions;

    /** {@code CLAIM} or {@code GRANT}: which payouts of the run this step writes letters for. */
    @Inject
    @BatchProperty(name = "payoutKind")
    String payoutKind;

    @Inject
    JobContext jobContext;

    @Inject
    LetterSubjects subjects;

    private Streamed<UnletteredPayout> payouts;
    private long lastRead;

    @Override
    public void open(Serializable checkpoint) {
        lastRead = checkpoint == null ? 0 : (Long) checkpoint;
        payouts = subjects.unlettered(jobContext.getInstanceId(), PayoutKind.of(payoutKind), Integer.parseInt(partition),
                Integer.parseInt(partitions), lastRead);
    }

    @Override
    public Object readItem() {
        UnletteredPayout payout = payouts.next();
        if (payout != null) {
            lastRead = payout.payoutId();
        }
        return payout;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastRead;
    }

    @Override
    public void close() {
        if (payouts != null) {
            try (Streamed<UnletteredPayout> toClose = payouts) {
                payouts = null;
            }
        }
    }
}

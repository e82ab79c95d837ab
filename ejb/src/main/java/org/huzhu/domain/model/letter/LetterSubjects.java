package org.huzhu.domain.model.letter;

import java.time.LocalDate;
import org.huzhu.domain.model.payout.PayoutKind;
import org.huzhu.domain.model.shared.Streamed;

/**
 * The payouts letters are written about, as the letters step reads them from the register: which of a run's payouts
 * have no letter yet, and what a claim's or a grant's letter says about its payout.
 */
public interface LetterSubjects {

    /**
     * One partition ({@code payout.id % partitions}) of a run's payouts of one kind that have no letter yet, after a
     * payout id, in payout id order, streamed on a connection of its own: the cursor outlives the step's chunk
     * transactions.
     *
     * @param run        the job instance that settled or granted them
     * @param payoutKind whose payouts: the claims' or the grants'
     * @param after      the last payout id already read (0: from the start)
     */
    Streamed<UnletteredPayout> unlettered(long run, PayoutKind payoutKind, int partition, int partitions, long after);

    /** @throws IllegalStateException if the payout is not a claim's */
    SettledPayout settledPayout(long payoutId);

    /** @throws IllegalStateException if the payout is not a grant's or a condolence's */
    DecidedGrant decidedGrant(long payoutId);

    /**
     * The day the run stored the payout, in the business time zone: a re-issued letter counts its expected payment
     * date from it, as the run's letter did from the run date.
     */
    LocalDate storedOn(long payoutId);
}

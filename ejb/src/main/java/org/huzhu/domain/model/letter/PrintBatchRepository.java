package org.huzhu.domain.model.letter;

import java.util.List;

import org.huzhu.domain.model.shared.Streamed;

/**
 * A run's letters grouped by the unit that hands them out. A run is a job instance of a paying job, as its payouts
 * carry it; its letters are the current (not superseded) letters of its payouts. Members are in member-number order.
 */
public interface PrintBatchRepository {

    /** The units with letters in the run, by unit code, each with its count. */
    List<PrintBatch> batchesOf(long run);

    /** The unit's letters of the run in member order (a member's several letters by number); none for another unit. */
    List<PrintedLetter> lettersOf(long run, String unitCode);

    /**
     * The signed PDFs of these letters, exactly as issued, in the order given, read a few at a time so that a batch
     * of thousands never lies in memory at once.
     */
    Streamed<byte[]> pdfsOf(List<PrintedLetter> letters);
}

package org.huzhu.application;

import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.huzhu.domain.model.letter.PrintBatch;
import org.huzhu.domain.model.letter.PrintBatchCover;

/**
 * After a settlement or grant run, the run's letters per unit, for finance to print and hand out (SPEC.md §12): the
 * units with their counts, and a unit's batch as one PDF, its cover first.
 */
public interface PrintBatches {

    /** The jobs whose runs issue letters. */
    Set<String> JOBS_WITH_LETTERS = Set.of(JobParameters.PAYOUT_SETTLEMENT, JobParameters.HARDSHIP_GRANT);

    /** Whether this execution is of a run that issues letters; any other has no print batches. */
    static boolean issuesLetters(JobExecutionView execution) {
        return JOBS_WITH_LETTERS.contains(execution.jobName());
    }

    /** The units with letters in the execution's run, by unit code. */
    List<PrintBatch> of(JobExecutionView execution);

    /**
     * The cover of a unit's batch, which lists exactly the letters the batch holds.
     *
     * @param jobWord the execution's job in words, as the pages name it
     * @return empty when the unit has no letter in the execution's run
     */
    Optional<PrintBatchCover> cover(JobExecutionView execution, String jobWord, String unitCode);

    /** Writes the batch (the cover, then its letters) to {@code out}, streaming the letters one at a time. */
    void write(PrintBatchCover cover, OutputStream out);
}

package org.huzhu.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.huzhu.application.JobExecutionView;
import org.huzhu.application.JobParameters;
import org.huzhu.application.PrintBatches;
import org.huzhu.domain.model.letter.PrintBatch;
import org.huzhu.domain.model.letter.PrintBatchCover;
import org.huzhu.domain.model.letter.PrintBatchRepository;
import org.huzhu.domain.model.letter.PrintedLetter;
import org.huzhu.domain.model.shared.Streamed;
import org.huzhu.infrastructure.pdf.LetterSigning;
import org.huzhu.infrastructure.pdf.PrintBatchAssembler;

/**
 * Only reads; the batch's PDFs come through a cursor outside JTA, so a download of minutes holds no transaction
 * (and no transaction timeout cuts it short).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultPrintBatches implements PrintBatches {

    private static final PrintBatchAssembler ASSEMBLER = new PrintBatchAssembler();

    @Inject
    private PrintBatchRepository batches;

    @Inject
    private LetterSigning signing;

    @Override
    public List<PrintBatch> of(JobExecutionView execution) {
        return PrintBatches.issuesLetters(execution) ? batches.batchesOf(execution.run()) : List.of();
    }

    @Override
    public Optional<PrintBatchCover> cover(JobExecutionView execution, String jobWord, String unitCode) {
        Optional<PrintBatch> batch = of(execution).stream().filter(unit -> unit.unitCode().equals(unitCode)).findFirst();
        List<PrintedLetter> letters = batch.isEmpty() ? List.of() : batches.lettersOf(execution.run(), unitCode);
        if (letters.isEmpty()) {
            return Optional.empty();  // also should the unit's last letter have been superseded a moment ago
        }
        return Optional.of(new PrintBatchCover(signing.unionName(), jobWord, execution.executionId(),
                runDate(execution), unitCode, batch.get().unitName(), letters, signing.verifyPage()));
    }

    @Override
    public void write(PrintBatchCover cover, OutputStream out) {
        try (Streamed<byte[]> letters = batches.pdfsOf(cover.letters())) {
            ASSEMBLER.write(cover, letters, out);
        }
    }

    /** The date the run was started for; a run always has one (JobControl fixes it), else the day it was created. */
    private static LocalDate runDate(JobExecutionView execution) {
        String runDate = execution.parameters().get(JobParameters.RUN_DATE);
        return runDate != null ? JobParameters.runDate(runDate)
                : LocalDate.ofInstant(execution.createTime(), JobParameters.ZONE);
    }
}

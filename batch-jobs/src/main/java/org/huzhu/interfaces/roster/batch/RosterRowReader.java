package org.huzhu.interfaces.roster.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.huzhu.application.JobParameters;
import org.huzhu.domain.model.member.roster.RosterRepository;
import org.huzhu.domain.model.member.roster.RosterRow;
import org.huzhu.infrastructure.roster.RosterReader;

/**
 * Reads the uploaded roster row by row. Its checkpoint is the number of the last row read: a restart
 * passes over the rows up to it, whose members, enrolments and rejects were committed with that checkpoint.
 * Opening also records the run and the roster's header, which the rejects file repeats.
 */
@Named("RosterRowReader")
@Dependent
public class RosterRowReader extends AbstractItemReader {

    @Inject
    @BatchProperty(name = JobParameters.UNIT_CODE)
    String unitCode;

    @Inject
    @BatchProperty(name = JobParameters.FILE_ID)
    String fileId;

    @Inject
    @BatchProperty(name = JobParameters.STARTED_BY)
    String startedBy;

    @Inject
    JobContext jobContext;

    @Inject
    StepContext stepContext;

    @Inject
    RosterRepository rosters;

    private RosterReader roster;
    private int lastRowRead;

    @Override
    public void open(Serializable checkpoint) {
        roster = RosterReader.open(rosters.uploadedFile(Long.parseLong(fileId)));
        rosters.begin(jobContext.getInstanceId(), unitCode, Long.parseLong(fileId), roster.layout().header(), startedBy);
        stepContext.setTransientUserData(roster.layout());
        int restartAfter = checkpoint == null ? 0 : (Integer) checkpoint;
        while (lastRowRead < restartAfter && roster.next().map(row -> lastRowRead = row.rowNumber()).isPresent()) {
            // passing over the rows that were done before the restart
        }
    }

    @Override
    public RosterRow readItem() {
        return roster.next().map(row -> {
            lastRowRead = row.rowNumber();
            return row;
        }).orElse(null);
    }

    @Override
    public Serializable checkpointInfo() {
        return lastRowRead;
    }

    @Override
    public void close() {
        if (roster != null) {
            roster.close();
        }
    }
}

package org.huzhu.interfaces.roster.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.huzhu.application.JobParameters;
import org.huzhu.domain.model.member.roster.RosterEntry;
import org.huzhu.domain.model.member.roster.RosterRepository;
import org.huzhu.infrastructure.persistence.NumberSequences;

/** Stores a chunk of accepted rows with JDBC batches in the chunk's transaction (see {@link RosterRepository#store}). */
@Named("RosterWriter")
@Dependent
public class RosterWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty(name = JobParameters.UNIT_CODE)
    String unitCode;

    @Inject
    @BatchProperty(name = JobParameters.STARTED_BY)
    String startedBy;

    @Inject
    JobContext jobContext;

    @EJB
    NumberSequences numberSequences;

    @Inject
    RosterRepository rosters;

    @Override
    @SuppressWarnings("unchecked")
    public void writeItems(List<Object> items) {
        rosters.store(jobContext.getInstanceId(), unitCode, (List<RosterEntry>) (List<?>) items,
                count -> numberSequences.reserve(NumberSequences.Kind.MEMBER, 0, count), startedBy);
    }
}

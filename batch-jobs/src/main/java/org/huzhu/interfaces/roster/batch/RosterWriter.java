package org.huzhu.interfaces.roster.batch;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.huzhu.application.JobParameters;
import org.huzhu.domain.model.member.roster.RosterEntry;
import org.huzhu.infrastructure.persistence.DataSources;
import org.huzhu.infrastructure.persistence.NumberSequences;

/** Stores a chunk of accepted rows with JDBC batches in the chunk's transaction (see {@link RosterStore#store}). */
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

    @Resource(lookup = DataSources.HUZHU)
    DataSource dataSource;

    @Override
    @SuppressWarnings("unchecked")
    public void writeItems(List<Object> items) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            new RosterStore(connection).store(jobContext.getInstanceId(), unitCode, (List<RosterEntry>) (List<?>) items,
                    count -> numberSequences.reserve(NumberSequences.Kind.MEMBER, 0, count), startedBy);
        }
    }
}

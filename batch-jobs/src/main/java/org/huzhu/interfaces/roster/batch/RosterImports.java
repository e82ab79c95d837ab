package org.huzhu.interfaces.roster.batch;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.huzhu.application.RosterImportQuery;
import org.huzhu.infrastructure.persistence.DataSources;

/** What a run of enrollment-import did, from the tables the job writes. */
@Stateless
public class RosterImports implements RosterImportQuery {

    @Resource(lookup = DataSources.HUZHU)
    private DataSource dataSource;

    @Override
    public Optional<Summary> summary(long run) {
        try (Connection connection = dataSource.getConnection()) {
            return new RosterStore(connection).summary(run).map(s -> new Summary(s.unitCode(), s.fileId(),
                    s.membersCreated(), s.membersUpdated(), s.enrolmentsCreated(), s.enrolmentsExisting(), s.rejected()));
        } catch (SQLException e) {
            throw new IllegalStateException("reading roster import " + run, e);
        }
    }

    @Override
    public Optional<Rejects> rejects(long run, boolean english) {
        try (Connection connection = dataSource.getConnection()) {
            RosterStore store = new RosterStore(connection);
            Optional<RosterStore.Summary> summary = store.summary(run);
            return summary.isEmpty() ? Optional.empty()
                    : Optional.of(new Rejects(summary.get().header(), store.rejects(run, english)));
        } catch (SQLException e) {
            throw new IllegalStateException("reading the rejects of roster import " + run, e);
        }
    }
}

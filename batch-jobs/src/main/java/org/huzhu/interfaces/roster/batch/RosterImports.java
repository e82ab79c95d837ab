package org.huzhu.interfaces.roster.batch;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.huzhu.infrastructure.persistence.DataSources;
import org.huzhu.infrastructure.roster.RejectsFile;

/** What a run of enrollment-import did, for the import page and the rejects file download. */
@Stateless
public class RosterImports {

    /** The counts of a run; rejected rows with their cells and reasons come from {@link #rejects}. */
    public record Summary(String unitCode, long fileId, int membersCreated, int membersUpdated, int enrolmentsCreated,
                          int enrolmentsExisting, int rejected) {
    }

    /** The roster's header and its rejected rows. */
    public record Rejects(List<String> header, List<RejectsFile.Line> lines) {
    }

    @Resource(lookup = DataSources.HUZHU)
    private DataSource dataSource;

    /** @param run the job instance; empty before the run has read the roster's header */
    public Optional<Summary> summary(long run) {
        try (Connection connection = dataSource.getConnection()) {
            return new RosterStore(connection).summary(run).map(s -> new Summary(s.unitCode(), s.fileId(),
                    s.membersCreated(), s.membersUpdated(), s.enrolmentsCreated(), s.enrolmentsExisting(), s.rejected()));
        } catch (SQLException e) {
            throw new IllegalStateException("reading roster import " + run, e);
        }
    }

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

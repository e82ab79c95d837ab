package org.huzhu.interfaces.roster.batch;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.huzhu.domain.model.member.roster.RosterRepository;
import org.huzhu.domain.model.shared.Violation;
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

    @Inject
    private RosterRepository rosters;

    /** @param run the job instance; empty before the run has read the roster's header */
    public Optional<Summary> summary(long run) {
        return rosters.summary(run).map(s -> new Summary(s.unitCode(), s.fileId(), s.membersCreated(),
                s.membersUpdated(), s.enrolmentsCreated(), s.enrolmentsExisting(), s.rejected()));
    }

    /** The rejected rows in row order, reasons in Chinese, or in English when {@code english}. */
    public Optional<Rejects> rejects(long run, boolean english) {
        return rosters.summary(run).map(summary -> new Rejects(summary.header(), rosters.rejects(run).stream()
                .map(row -> new RejectsFile.Line(row.rowNumber(), row.cells(),
                        row.violations().stream().map(Violation::code).toList(),
                        row.violations().stream().map(v -> english ? v.messageEn() : v.messageZh()).toList()))
                .toList()));
    }
}

package org.huzhu.interfaces.roster.batch;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import org.huzhu.application.RosterImportQuery;
import org.huzhu.domain.model.member.roster.RosterRepository;
import org.huzhu.domain.model.shared.Violation;
import org.huzhu.infrastructure.roster.RejectsFile;

/** What a run of enrollment-import did, from the roster repository. */
@Stateless
public class RosterImports implements RosterImportQuery {

    @Inject
    private RosterRepository rosters;

    @Override
    public Optional<Summary> summary(long run) {
        return rosters.summary(run).map(s -> new Summary(s.unitCode(), s.fileId(), s.membersCreated(),
                s.membersUpdated(), s.enrolmentsCreated(), s.enrolmentsExisting(), s.rejected()));
    }

    @Override
    public Optional<Rejects> rejects(long run, boolean english) {
        return rosters.summary(run).map(summary -> new Rejects(summary.header(), rosters.rejects(run).stream()
                .map(row -> new RejectsFile.Line(row.rowNumber(), row.cells(),
                        row.violations().stream().map(Violation::code).toList(),
                        row.violations().stream().map(v -> english ? v.messageEn() : v.messageZh()).toList()))
                .toList()));
    }
}

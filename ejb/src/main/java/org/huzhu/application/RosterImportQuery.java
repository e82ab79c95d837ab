package org.huzhu.application;

import java.util.List;
import java.util.Optional;
import org.huzhu.infrastructure.roster.RejectsFile;

/** What a run of enrollment-import did, for the import page and the rejects file download. */
public interface RosterImportQuery {

    /** The counts of a run; rejected rows with their cells and reasons come from {@link #rejects}. */
    record Summary(String unitCode, long fileId, int membersCreated, int membersUpdated, int enrolmentsCreated,
                   int enrolmentsExisting, int rejected) {
    }

    /** The roster's header and its rejected rows. */
    record Rejects(List<String> header, List<RejectsFile.Line> lines) {
    }

    /** @param run the job instance; empty before the run has read the roster's header */
    Optional<Summary> summary(long run);

    /** The rejected rows in row order, reasons in Chinese, or in English when {@code english}. */
    Optional<Rejects> rejects(long run, boolean english);
}

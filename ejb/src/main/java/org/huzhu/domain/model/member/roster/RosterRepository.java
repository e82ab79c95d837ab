package org.huzhu.domain.model.member.roster;

import java.util.List;
import java.util.Optional;
import java.util.function.IntToLongFunction;
import org.huzhu.domain.model.shared.ResidentId;
import org.huzhu.domain.model.shared.Violation;

/**
 * A unit's roster import: its run with the counts and the rejected rows, and the members, enrolments and payee
 * requests it writes a chunk at a time. Everything joins the caller's transaction (in the job, the chunk's), so a
 * chunk's rows, rejects and checkpoint are committed together.
 */
public interface RosterRepository {

    /** What the import did so far, and the roster's header. */
    record Summary(String unitCode, long fileId, List<String> header, int membersCreated, int membersUpdated,
                   int enrolmentsCreated, int enrolmentsExisting, int rejected) {
    }

    /** What the roster rules ask of a person's record: their unit's code and their enrolments; both empty for someone new. */
    record OnRecord(Optional<String> unitCode, List<ExistingEnrolment> enrolments) {
    }

    /** A rejected row as recorded: its cells and every rule it broke. */
    record RejectedRow(int rowNumber, List<String> cells, List<Violation> violations) {
    }

    /** The uploaded roster's bytes. */
    byte[] uploadedFile(long fileId);

    /** Records the run once; a restart finds it recorded. */
    void begin(long run, String unitCode, long fileId, List<String> header, String startedBy);

    OnRecord onRecord(ResidentId person);

    /**
     * Creates the members that are new (numbers taken as one block from {@code memberNumbers}), updates the others where
     * the roster says something new, makes the enrolments, audits each row and counts what it did. A new payee takes
     * effect at once only while no money is on its way to the member; else it becomes a pending request.
     *
     * @param actor who started the import, or null for the system
     */
    void store(long run, String unitCode, List<RosterEntry> entries, IntToLongFunction memberNumbers, String actor);

    /** Asks a reviewer to confirm the move of a member of another unit that this unit's roster listed. */
    void requestUnitMove(long run, int rowNumber, ResidentId member, String unitCode, String actor);

    /** Written once per row: a restart that meets the row again finds it recorded. */
    void reject(long run, RowRejected rejection);

    Optional<Summary> summary(long run);

    /** The rejected rows in row order. */
    List<RejectedRow> rejects(long run);
}

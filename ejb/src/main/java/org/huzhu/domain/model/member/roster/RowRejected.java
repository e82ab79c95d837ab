package org.huzhu.domain.model.member.roster;

import java.util.List;
import java.util.Optional;
import org.huzhu.domain.model.shared.ResidentId;
import org.huzhu.domain.model.shared.Violation;

/** A roster row that breaks rules, with every rule it breaks. The import skips it and lists it in the rejects file. */
public class RowRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final RosterRow row;
    private final transient List<Violation> violations;
    private final ResidentId memberOfAnotherUnit;

    public RowRejected(RosterRow row, List<Violation> violations) {
        this(row, violations, null);
    }

    /** @param memberOfAnotherUnit the member the row would move out of another unit, or null */
    RowRejected(RosterRow row, List<Violation> violations, ResidentId memberOfAnotherUnit) {
        super("row " + row.rowNumber() + " breaks " + violations.stream().map(Violation::code).toList());
        this.row = row;
        this.violations = List.copyOf(violations);
        this.memberOfAnotherUnit = memberOfAnotherUnit;
    }

    /** The member of another unit this row listed: the import asks a reviewer to confirm their move ({@code UNIT_MOVE}). */
    public Optional<ResidentId> memberOfAnotherUnit() {
        return Optional.ofNullable(memberOfAnotherUnit);
    }

    public RosterRow row() {
        return row;
    }

    public List<Violation> violations() {
        return violations;
    }

    /** The rule codes, in the order the rules ran. */
    public List<String> codes() {
        return violations.stream().map(Violation::code).toList();
    }
}

package org.huzhu.domain.model.member.roster;

import java.util.List;
import org.huzhu.domain.model.shared.Violation;

/** A roster row that breaks rules, with every rule it breaks. The import skips it and lists it in the rejects file. */
public class RowRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final RosterRow row;
    private final transient List<Violation> violations;

    public RowRejected(RosterRow row, List<Violation> violations) {
        super("row " + row.rowNumber() + " breaks " + violations.stream().map(Violation::code).toList());
        this.row = row;
        this.violations = List.copyOf(violations);
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

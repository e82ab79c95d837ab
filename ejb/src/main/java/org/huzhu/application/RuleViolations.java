package org.huzhu.application;

import jakarta.ejb.ApplicationException;
import java.util.List;
import org.huzhu.domain.model.shared.Violation;

/** The request broke rules of the domain (each with its code and field); nothing was stored. */
@ApplicationException(rollback = true)
public class RuleViolations extends RuntimeException {

    private final List<Violation> violations;

    public RuleViolations(List<Violation> violations) {
        super(violations.stream().map(Violation::code).toList().toString());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}

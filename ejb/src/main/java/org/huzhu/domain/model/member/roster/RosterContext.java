package org.huzhu.domain.model.member.roster;

import java.util.List;
import java.util.Optional;
import org.huzhu.domain.model.plan.PlanCode;
import org.huzhu.domain.model.plan.PlanTerms;
import org.huzhu.domain.model.shared.ResidentId;

/** What the roster rules need to know beyond the row: plan versions, the units and the enrolments members have already. */
public interface RosterContext {

    /** The plan version in force for a plan year, and its id for the enrolment to refer to. */
    record PlanInForce(long versionId, PlanTerms terms) {
    }

    PlanInForce plan(PlanCode plan, int planYear);

    /** The code of the unit the member with this resident ID belongs to; empty for someone who is no member yet. */
    Optional<String> unitOf(ResidentId member);

    /** The enrolments of the member with this resident ID; empty for someone who is no member yet. */
    List<ExistingEnrolment> enrolmentsOf(ResidentId member);
}

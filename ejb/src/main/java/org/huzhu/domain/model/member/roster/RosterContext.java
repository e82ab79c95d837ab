package org.huzhu.domain.model.member.roster;

import java.util.List;
import org.huzhu.domain.model.plan.PlanCode;
import org.huzhu.domain.model.plan.PlanTerms;
import org.huzhu.domain.model.shared.ResidentId;

/** What the roster rules need to know beyond the row: plan versions and the enrolments members have already. */
public interface RosterContext {

    /** The plan version in force for a plan year, and its id for the enrolment to refer to. */
    record PlanInForce(long versionId, PlanTerms terms) {
    }

    PlanInForce plan(PlanCode plan, int planYear);

    /** The enrolments of the member with this resident ID; empty for someone who is no member yet. */
    List<ExistingEnrolment> enrolmentsOf(ResidentId member);
}

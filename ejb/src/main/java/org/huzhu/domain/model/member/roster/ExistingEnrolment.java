package org.huzhu.domain.model.member.roster;

import org.huzhu.domain.model.member.Payer;
import org.huzhu.domain.model.plan.PlanCode;
import org.huzhu.domain.model.shared.CoveragePeriod;

/** An enrolment the member has already: in the database, or accepted from an earlier row of the same roster. */
public record ExistingEnrolment(PlanCode plan, CoveragePeriod coverage, int shares, Payer payer) {

    /** Importing the same roster again finds its enrolments like this: they are neither made again nor an error. */
    boolean sameAs(PlanCode otherPlan, CoveragePeriod otherCoverage, int otherShares, Payer otherPayer) {
        return plan == otherPlan && coverage.equals(otherCoverage) && shares == otherShares && payer == otherPayer;
    }
}

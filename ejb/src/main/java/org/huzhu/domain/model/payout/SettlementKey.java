package org.huzhu.domain.model.payout;

import java.io.Serializable;
import java.util.Objects;

import org.huzhu.domain.model.plan.PlanCode;
import org.huzhu.domain.model.shared.CoveragePeriod;

/**
 * One member in one plan and coverage period: the claims that share a deductible and caps. Two enrolments of a
 * member in a plan never overlap, so the key also names exactly one enrolment.
 */
public record SettlementKey(String memberNumber, PlanCode plan, CoveragePeriod coverage) implements Serializable {

    public SettlementKey {
        Objects.requireNonNull(memberNumber, "memberNumber");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(coverage, "coverage");
    }
}

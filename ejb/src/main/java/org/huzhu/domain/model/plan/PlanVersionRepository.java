package org.huzhu.domain.model.plan;

/**
 * The plan versions that admin keeps: the version in force for a plan year is the newest one from that year or
 * before (before the first, the first).
 */
public interface PlanVersionRepository {

    /** A plan version's id and its terms. */
    record InForce(long id, PlanTerms terms) {
    }

    InForce inForce(PlanCode plan, int planYear);
}

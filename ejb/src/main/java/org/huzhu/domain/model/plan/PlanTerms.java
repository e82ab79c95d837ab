package org.huzhu.domain.model.plan;

import java.util.Objects;
import org.huzhu.domain.model.shared.Money;

/**
 * The parameters of one plan version that enrolment and claim intake need. Every number is data
 * that {@code admin} may change for a plan year; {@link PlanCatalogue#defaults()} holds the
 * values seeded on first start.
 *
 * @param illnessWaitingDays an illness is inside the waiting period when
 *        d = incident date − coverage start is below this; 0 for none. Renewals have no waiting
 *        period, so the start that counts is always that of the first enrolment of a renewal
 *        chain (FEMALE: 30 days, SPEC.md §6).
 */
public record PlanTerms(
        PlanCode plan,
        Money contributionPerShare,
        int maxShares,
        AgeRange eligibleAges,
        boolean womenOnly,
        int illnessWaitingDays,
        ClaimWindow claimWindow,
        RequiredDocuments requiredDocuments,
        DiagnosisCoverage coveredDiagnoses) {

    public PlanTerms {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(contributionPerShare, "contributionPerShare");
        Objects.requireNonNull(eligibleAges, "eligibleAges");
        Objects.requireNonNull(claimWindow, "claimWindow");
        Objects.requireNonNull(requiredDocuments, "requiredDocuments");
        Objects.requireNonNull(coveredDiagnoses, "coveredDiagnoses");
        if (contributionPerShare.isNegative()) {
            throw new IllegalArgumentException("negative contribution " + contributionPerShare + " for " + plan);
        }
        if (maxShares < 1) {
            throw new IllegalArgumentException(plan + " must allow at least one share, not " + maxShares);
        }
        if (illnessWaitingDays < 0) {
            throw new IllegalArgumentException("negative waiting period " + illnessWaitingDays + " for " + plan);
        }
    }

    public boolean allowsShares(int shares) {
        return shares >= 1 && shares <= maxShares;
    }
}

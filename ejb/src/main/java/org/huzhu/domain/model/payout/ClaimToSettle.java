package org.huzhu.domain.model.payout;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

import org.huzhu.domain.model.plan.PlanCode;
import org.huzhu.domain.model.shared.CoveragePeriod;

/**
 * An approved claim as the settlement sees it.
 *
 * @param claimNumber  {@code HZ} + year + 6 digits; fixed width, so its text order is its number order
 * @param enrolmentId  the enrolment whose coverage period covers the incident
 * @param incidentDate admission, diagnosis or accident date
 */
public record ClaimToSettle(String claimNumber, String memberNumber, long enrolmentId, CoveragePeriod coverage,
        int shares, LocalDate incidentDate, ClaimedBenefit benefit) {

    /**
     * Settlement order (SPEC.md §6): claims of one member in one plan and coverage period by incident date, then
     * claim number. Across members, plans and periods the order only keeps each group together.
     */
    public static final Comparator<ClaimToSettle> SETTLEMENT_ORDER = Comparator
            .comparing(ClaimToSettle::key, SettlementKey.ORDER)
            .thenComparing(ClaimToSettle::incidentDate)
            .thenComparing(ClaimToSettle::claimNumber);

    public ClaimToSettle {
        Objects.requireNonNull(claimNumber, "claimNumber");
        Objects.requireNonNull(memberNumber, "memberNumber");
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(incidentDate, "incidentDate");
        Objects.requireNonNull(benefit, "benefit");
        if (shares < 1) {
            throw new IllegalArgumentException("shares below 1: " + shares);
        }
        if (!coverage.covers(incidentDate)) {
            throw new IllegalArgumentException(
                    "claim " + claimNumber + ": incident " + incidentDate + " outside coverage " + coverage);
        }
    }

    public PlanCode plan() {
        return benefit.plan();
    }

    public SettlementKey key() {
        return new SettlementKey(memberNumber, plan(), coverage);
    }
}

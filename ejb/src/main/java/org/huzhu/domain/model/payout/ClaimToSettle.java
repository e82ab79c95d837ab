package org.huzhu.domain.model.payout;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
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
     * The keys of the settlement order, most significant first: what {@link #SETTLEMENT_ORDER} compares and what a
     * query that delivers claims in settlement order sorts by.
     */
    public enum OrderKey {
        MEMBER(Comparator.comparing(ClaimToSettle::memberNumber)),
        PLAN(Comparator.comparing(ClaimToSettle::plan)),
        COVERAGE_START(Comparator.comparing((ClaimToSettle claim) -> claim.coverage().start())),
        INCIDENT_DATE(Comparator.comparing(ClaimToSettle::incidentDate)),
        CLAIM_NUMBER(Comparator.comparing(ClaimToSettle::claimNumber));

        private final Comparator<ClaimToSettle> comparator;

        OrderKey(Comparator<ClaimToSettle> comparator) {
            this.comparator = comparator;
        }
    }

    /**
     * Settlement order (SPEC.md §6): claims of one member in one plan and coverage period by incident date, then
     * claim number. Across members, plans and periods the order only keeps each group together.
     */
    public static final List<OrderKey> SETTLEMENT_ORDER_KEYS = List.of(OrderKey.values());

    public static final Comparator<ClaimToSettle> SETTLEMENT_ORDER = SETTLEMENT_ORDER_KEYS.stream()
            .map(key -> key.comparator).reduce(Comparator::thenComparing).orElseThrow();

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

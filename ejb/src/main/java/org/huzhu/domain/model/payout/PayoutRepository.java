package org.huzhu.domain.model.payout;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.huzhu.domain.model.grant.GrantPayout;
import org.huzhu.domain.model.plan.PlanCode;
import org.huzhu.domain.model.shared.Streamed;

/**
 * Payouts: what a settlement run stores for a claim and a grant run for a grant, what they used of a period, and how
 * they are read back. The one home of the payout's SQL.
 */
public interface PayoutRepository {

    /**
     * One partition of the claims approved on or before {@code approvedBy}, in settlement order
     * ({@link ClaimToSettle#SETTLEMENT_ORDER_KEYS}), streamed outside any transaction so that the stream outlives the
     * chunks that store their payouts.
     *
     * @param fetchSize rows fetched per round trip
     */
    Streamed<ApprovedClaim> approvedClaims(LocalDate approvedBy, int partitions, int partition, int fetchSize);

    /** What the stored payouts of a period (named by its enrolment) used, the state its next settlement starts from. */
    PeriodUsage usageOf(SettlementKey key, long enrollmentId);

    /** The settlement terms of a plan version. */
    SettlementTerms termsOf(PlanCode plan, long planVersionId);

    /**
     * Stores the claims' payouts, settled in the given run, and ends the enrolments whose benefit ends them. Their
     * claims' move to SETTLED is the caller's: {@link SettledClaim#settling}.
     */
    void storeClaimPayouts(List<SettledClaim> settled, SettlementRun run);

    /**
     * Stores one payout for each grant, settled in the given run, whose breakdown keeps the member's figures the
     * grant was decided from (for the grant letter). The grants must be stored already.
     */
    void storeGrantPayouts(List<GrantPayout> grants, SettlementRun run);

    /** The payouts of one kind a run stored: how many, their total and how many of them are above 0. */
    PayoutTotals totalsOf(PayoutKind kind, long run);

    /** The payout of a claim, with the payment file that pays it, if one does yet. */
    Optional<PayoutOfClaim> ofClaim(String claimNo);

    /** A claim payout with its claim (locked until the transaction ends) and its latest payment row. */
    Optional<FailedPayout> forRetry(long payoutId);
}

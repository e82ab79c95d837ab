package org.huzhu.interfaces.finance.batch;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import org.huzhu.domain.model.payout.ApprovedClaim;
import org.huzhu.domain.model.payout.ClaimToSettle;
import org.huzhu.domain.model.payout.PayoutRepository;
import org.huzhu.domain.model.payout.PeriodUsage;
import org.huzhu.domain.model.payout.Settlement;
import org.huzhu.domain.model.payout.SettledClaim;
import org.huzhu.domain.model.payout.SettlementCalculator;
import org.huzhu.domain.model.payout.SettlementKey;

/**
 * Settles one claim with the domain's {@link SettlementCalculator}. The reader delivers a member's claims of one
 * plan and period together and in order, so this keeps the usage of the current period only: rebuilt from the
 * stored payouts when a period first comes up, then carried from claim to claim. The usage is asked for there, one
 * indexed query a period, rather than in the reader's query: that query's plan is fixed when its cursor opens, and
 * with statistics of a payout table that was still small then, PostgreSQL may probe the growing table row by row
 * (a first run of 100,000 claims slowed to a few hundred a second that way).
 * <p>
 * The carried usage includes claims of chunks not yet committed. That is safe because nothing is retried and
 * only {@link UnsettleableClaim}, which uses nothing, is skipped: a failed chunk fails the step, and a restart
 * starts from the stored payouts again.
 */
@Named("SettlementProcessor")
@Dependent
public class SettlementProcessor implements ItemProcessor {

    @Inject
    PayoutRepository payouts;

    private final Map<Long, SettlementCalculator> calculatorsByPlanVersion = new HashMap<>();
    private PeriodUsage currentPeriod;

    @Override
    public Object processItem(Object item) throws UnsettleableClaim {
        ApprovedClaim claim = (ApprovedClaim) item;
        ClaimToSettle toSettle;
        try {
            toSettle = claim.toClaimToSettle();
        } catch (IllegalArgumentException | NullPointerException refused) {
            throw new UnsettleableClaim(claim.claimNo(), refused);
        }
        SettlementKey key = toSettle.key();
        if (currentPeriod == null || !currentPeriod.key().equals(key)) {
            currentPeriod = payouts.usageOf(key, claim.enrollmentId());
        }
        SettlementCalculator calculator = calculatorsByPlanVersion.computeIfAbsent(claim.planVersionId(),
                planVersion -> new SettlementCalculator(payouts.termsOf(claim.plan(), planVersion)));
        Settlement settlement;
        try {
            settlement = calculator.settle(toSettle, currentPeriod);
        } catch (IllegalArgumentException refused) {
            throw new UnsettleableClaim(claim.claimNo(), refused);
        }
        currentPeriod = currentPeriod.plus(settlement.usage());
        return new SettledClaim(claim, settlement);
    }
}

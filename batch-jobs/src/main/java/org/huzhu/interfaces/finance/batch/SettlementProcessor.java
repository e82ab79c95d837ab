package org.huzhu.interfaces.finance.batch;

import jakarta.annotation.Resource;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.huzhu.domain.model.payout.ClaimToSettle;
import org.huzhu.domain.model.payout.PeriodUsage;
import org.huzhu.domain.model.payout.Settlement;
import org.huzhu.domain.model.payout.SettlementCalculator;
import org.huzhu.domain.model.payout.SettlementKey;
import org.huzhu.infrastructure.persistence.DataSources;

/**
 * Settles one claim with the domain's {@link SettlementCalculator}. The reader delivers a member's claims of one
 * plan and period together and in order, so this keeps the usage of the current period only: rebuilt from the
 * stored payouts when a period first comes up (only if its enrolment has any, as the reader says), then carried
 * from claim to claim.
 * <p>
 * The carried usage includes claims of chunks not yet committed. That is safe because nothing is retried and
 * only {@link UnsettleableClaim}, which uses nothing, is skipped: a failed chunk fails the step, and a restart
 * starts from the stored payouts again.
 */
@Named("SettlementProcessor")
@Dependent
public class SettlementProcessor implements ItemProcessor {

    @Resource(lookup = DataSources.HUZHU)
    DataSource dataSource;

    private final Map<Long, SettlementCalculator> calculatorsByPlanVersion = new HashMap<>();
    private PeriodUsage currentPeriod;

    @Override
    public Object processItem(Object item) throws SQLException, UnsettleableClaim {
        ApprovedClaim claim = (ApprovedClaim) item;
        ClaimToSettle toSettle;
        try {
            toSettle = claim.toClaimToSettle();
        } catch (IllegalArgumentException | NullPointerException refused) {
            throw new UnsettleableClaim(claim.claimNo(), refused);
        }
        SettlementKey key = toSettle.key();
        if (currentPeriod == null || !currentPeriod.key().equals(key)) {
            currentPeriod = claim.enrolmentPaidBefore() ? stored(store -> store.usageOf(key, claim.enrollmentId()))
                    : PeriodUsage.none(key);
        }
        SettlementCalculator calculator = calculatorsByPlanVersion.get(claim.planVersionId());
        if (calculator == null) {
            calculator = new SettlementCalculator(stored(store -> store.termsOf(claim.plan(), claim.planVersionId())));
            calculatorsByPlanVersion.put(claim.planVersionId(), calculator);
        }
        Settlement settlement;
        try {
            settlement = calculator.settle(toSettle, currentPeriod);
        } catch (IllegalArgumentException refused) {
            throw new UnsettleableClaim(claim.claimNo(), refused);
        }
        currentPeriod = currentPeriod.plus(settlement.usage());
        return new SettledClaim(claim, settlement);
    }

    /** Reads from the database only when needed: most claims need neither stored usage nor new terms. */
    private <T> T stored(StoreQuery<T> query) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return query.run(new SettlementStore(connection));
        }
    }

    @FunctionalInterface
    private interface StoreQuery<T> {
        T run(SettlementStore store) throws SQLException;
    }
}

package org.huzhu.domain.model.payout;

import java.time.LocalDate;

/**
 * The run that settles payouts, as each payout records it: the job instance (one per run, kept across restarts),
 * the execution that stored it and the run's date.
 */
public record SettlementRun(long run, long jobExecutionId, LocalDate settledOn) {
}

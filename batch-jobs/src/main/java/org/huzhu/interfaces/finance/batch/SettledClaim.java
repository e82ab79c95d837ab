package org.huzhu.interfaces.finance.batch;

import java.io.Serializable;
import org.huzhu.domain.model.payout.Settlement;

/** An approved claim and its settlement, on their way to {@link PayoutWriter}. */
record SettledClaim(ApprovedClaim claim, Settlement settlement) implements Serializable {
}

package org.huzhu.interfaces.finance.batch;

import java.io.Serializable;
import org.huzhu.domain.model.shared.Money;

/**
 * Claims settled, their payable total and how many of them go into the payment file (payable above 0). Also the
 * run's exit status, which finance reads: {@code claims=6 payable=31480.00 paymentRows=5}.
 */
record SettlementTally(long claims, Money payable, long paymentRows) implements Serializable {

    static final SettlementTally NONE = new SettlementTally(0, Money.ZERO, 0);

    SettlementTally plus(Money payableOfOneClaim) {
        return new SettlementTally(claims + 1, payable.plus(payableOfOneClaim),
                paymentRows + (payableOfOneClaim.isPositive() ? 1 : 0));
    }

    SettlementTally plus(SettlementTally other) {
        return new SettlementTally(claims + other.claims, payable.plus(other.payable), paymentRows + other.paymentRows);
    }

    String exitStatus(boolean dryRun) {
        return exitStatus("claims", dryRun);
    }

    /** @param counted what was paid: {@code claims} or {@code grants} */
    String exitStatus(String counted, boolean dryRun) {
        return (dryRun ? "DRY_RUN " : "") + counted + "=" + claims + " payable=" + payable.toPlainString()
                + " paymentRows=" + paymentRows;
    }
}

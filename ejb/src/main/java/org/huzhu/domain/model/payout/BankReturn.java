package org.huzhu.domain.model.payout;

import java.util.List;
import org.huzhu.domain.model.shared.Money;

/**
 * A bank return file as read (SPEC.md §6): the bank's answer to each row of a payment file, its trailer, and the
 * lines it could not read. Read by {@link BankReturnFormat}, judged by {@link PaymentReconciliation}.
 *
 * @param trailerRows  the trailer's row count, null without a readable trailer
 * @param trailerTotal the trailer's total, null without a readable trailer
 * @param unreadable   a readable sentence for each line that is not a return line
 */
public record BankReturn(List<Line> lines, Integer trailerRows, Money trailerTotal, List<String> unreadable) {

    public BankReturn {
        lines = List.copyOf(lines);
        unreadable = List.copyOf(unreadable);
    }

    /** One answered payment. {@code reason} is the bank's, empty for a success. */
    public record Line(int lineNumber, String reference, Money amount, boolean paid, String reason) {
    }

    public Money total() {
        return lines.stream().map(Line::amount).reduce(Money.ZERO, Money::plus);
    }
}

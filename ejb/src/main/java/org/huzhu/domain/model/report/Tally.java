package org.huzhu.domain.model.report;

import org.huzhu.domain.model.shared.Money;

/** How many people, how many payments or enrolments, and how much money, in one figure of a report. */
public record Tally(long people, long count, Money amount) {

    public static final Tally NONE = new Tally(0, 0, Money.ZERO);
}

package org.huzhu.domain.model.letter;

import java.time.LocalDate;
import java.util.Optional;
import org.huzhu.domain.model.claim.WorkingCalendar;
import org.huzhu.domain.model.shared.Money;

/**
 * When a letter tells the member to expect the money: {@value #WORKING_DAYS} working days after the run date (the
 * payment file is written on the run date; the bank's 代发 takes up to three working days), by the admin's holiday
 * calendar. Nothing payable, no date: the letter says no payment is made.
 */
public final class PaymentDates {

    static final int WORKING_DAYS = 3;

    private final WorkingCalendar calendar;
    private final LocalDate runDate;

    /** @param calendar with the holidays as stored now: read once per partition, not per letter */
    public PaymentDates(WorkingCalendar calendar, LocalDate runDate) {
        this.calendar = calendar;
        this.runDate = runDate;
    }

    public Optional<LocalDate> expectedFor(Money payable) {
        return payable.isPositive() ? Optional.of(calendar.workingDaysAfter(runDate, WORKING_DAYS)) : Optional.empty();
    }
}

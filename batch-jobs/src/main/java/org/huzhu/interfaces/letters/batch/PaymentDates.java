package org.huzhu.interfaces.letters.batch;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
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

    public PaymentDates(WorkingCalendar calendar, LocalDate runDate) {
        this.calendar = calendar;
        this.runDate = runDate;
    }

    /** With the holidays as stored now; read once per partition, not per letter. */
    public static PaymentDates load(Connection connection, LocalDate runDate) throws SQLException {
        Set<LocalDate> holidays = new HashSet<>();
        try (Statement select = connection.createStatement();
             ResultSet rs = select.executeQuery("SELECT day FROM holiday")) {
            while (rs.next()) {
                holidays.add(rs.getDate(1).toLocalDate());
            }
        }
        return new PaymentDates(new WorkingCalendar(holidays, Set.of()), runDate);
    }

    public Optional<LocalDate> expectedFor(Money payable) {
        return payable.isPositive() ? Optional.of(calendar.workingDaysAfter(runDate, WORKING_DAYS)) : Optional.empty();
    }
}

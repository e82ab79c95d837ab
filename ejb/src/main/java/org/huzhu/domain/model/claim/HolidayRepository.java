package org.huzhu.domain.model.claim;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The admin's holiday calendar as stored: what {@link WorkingCalendar} is made of. */
public interface HolidayRepository {

    /** The holidays of a calendar year, in date order. */
    List<Holiday> inYear(int year);

    /** Adds a holiday, or renames the day if it is one already. */
    void put(Holiday holiday);

    /** Every day that is a holiday. */
    Set<LocalDate> days();
}

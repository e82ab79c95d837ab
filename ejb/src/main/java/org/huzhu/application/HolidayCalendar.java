package org.huzhu.application;

import java.util.List;
import org.huzhu.domain.model.claim.Holiday;
import org.huzhu.domain.model.claim.WorkingCalendar;

/** The holiday calendar that the 1-3-10 service times skip; kept by admin. */
public interface HolidayCalendar {

    List<Holiday> holidays(int year);

    /** Adds a holiday, or renames the day if it is one already. */
    void put(Holiday holiday, String admin);

    /** The working days as the stored holidays define them, as of the last committed change. */
    WorkingCalendar workingCalendar();
}

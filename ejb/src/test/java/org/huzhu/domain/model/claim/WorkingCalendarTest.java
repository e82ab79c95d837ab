package org.huzhu.domain.model.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    /** A National Day week of the usual kind: 1–7 October 2026 off, Saturday 10 October worked instead. */
    private static final Set<LocalDate> NATIONAL_DAY_HOLIDAYS = Set.of(
            LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 5),
            LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7));
    private static final Set<LocalDate> NATIONAL_DAY_MAKE_UP = Set.of(LocalDate.of(2026, 10, 10));
    private static final WorkingCalendar CALENDAR = new WorkingCalendar(NATIONAL_DAY_HOLIDAYS, NATIONAL_DAY_MAKE_UP);
    private static final WorkingCalendar WEEKENDS_ONLY = new WorkingCalendar(Set.of(), Set.of());

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void weekdaysWorkWeekendsDoNot() {
        assertTrue(WEEKENDS_ONLY.isWorkingDay(date("2026-03-13")));   // Friday
        assertFalse(WEEKENDS_ONLY.isWorkingDay(date("2026-03-14")));  // Saturday
        assertFalse(WEEKENDS_ONLY.isWorkingDay(date("2026-03-15")));  // Sunday
        assertTrue(WEEKENDS_ONLY.isWorkingDay(date("2026-03-16")));   // Monday
    }

    @Test
    void holidaysAreOffAndMakeUpWorkdaysAreWorked() {
        assertFalse(CALENDAR.isWorkingDay(date("2026-10-01")));
        assertTrue(CALENDAR.isWorkingDay(date("2026-10-08")));
        assertTrue(CALENDAR.isWorkingDay(date("2026-10-10")));       // Saturday, worked
        assertFalse(CALENDAR.isWorkingDay(date("2026-10-11")));      // Sunday
    }

    @Test
    void dueDatesFollowTheOneThreeTenRule() {
        LocalDate wednesday = date("2026-03-11");

        assertEquals(date("2026-03-12"), WEEKENDS_ONLY.dueDate(wednesday, Complexity.SIMPLE));
        assertEquals(date("2026-03-16"), WEEKENDS_ONLY.dueDate(wednesday, Complexity.COMPLEX));
        assertEquals(date("2026-03-25"), WEEKENDS_ONLY.dueDate(wednesday, Complexity.ESCALATED));
    }

    @Test
    void aClaimSubmittedOnFridayOrAtTheWeekendIsDueOnMonday() {
        assertEquals(date("2026-03-16"), WEEKENDS_ONLY.dueDate(date("2026-03-13"), Complexity.SIMPLE));
        assertEquals(date("2026-03-16"), WEEKENDS_ONLY.dueDate(date("2026-03-14"), Complexity.SIMPLE));
        assertEquals(date("2026-03-16"), WEEKENDS_ONLY.dueDate(date("2026-03-15"), Complexity.SIMPLE));
    }

    @Test
    void theHolidayWeekIsSkippedAndTheMakeUpSaturdayCounts() {
        LocalDate lastDayBeforeTheHoliday = date("2026-09-30");

        assertEquals(date("2026-10-08"), CALENDAR.dueDate(lastDayBeforeTheHoliday, Complexity.SIMPLE));
        assertEquals(date("2026-10-10"), CALENDAR.dueDate(lastDayBeforeTheHoliday, Complexity.COMPLEX));
        assertEquals(date("2026-10-14"), WEEKENDS_ONLY.dueDate(lastDayBeforeTheHoliday, Complexity.ESCALATED));
        assertEquals(date("2026-10-20"), CALENDAR.dueDate(lastDayBeforeTheHoliday, Complexity.ESCALATED));
    }

    @Test
    void zeroWorkingDaysIsTheSameDayAndNegativeIsRefused() {
        assertEquals(date("2026-03-14"), WEEKENDS_ONLY.workingDaysAfter(date("2026-03-14"), 0));
        assertThrows(IllegalArgumentException.class, () -> WEEKENDS_ONLY.workingDaysAfter(date("2026-03-14"), -1));
    }

    @Test
    void aDayCannotBeBothOffAndWorked() {
        assertThrows(IllegalArgumentException.class,
                () -> new WorkingCalendar(Set.of(date("2026-10-10")), Set.of(date("2026-10-10"))));
    }

    @Property
    void theDueDateIsAWorkingDayWithExactlyNWorkingDaysUpToIt(
            @ForAll @IntRange(min = 0, max = 400) int dayOfPeriod, @ForAll Complexity complexity) {
        LocalDate submitted = date("2026-08-01").plusDays(dayOfPeriod);

        LocalDate due = CALENDAR.dueDate(submitted, complexity);

        assertTrue(CALENDAR.isWorkingDay(due));
        long workingDaysUpToDue = Stream.iterate(submitted.plusDays(1), d -> !d.isAfter(due), d -> d.plusDays(1))
                .filter(CALENDAR::isWorkingDay)
                .count();
        assertEquals(complexity.workingDays(), workingDaysUpToDue);
        assertTrue(ChronoUnit.DAYS.between(submitted, due) >= complexity.workingDays());
    }
}

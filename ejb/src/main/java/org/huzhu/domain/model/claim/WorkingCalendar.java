package org.huzhu.domain.model.claim;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Working days as the admin's holiday calendar defines them: Monday to Friday, except public
 * holidays, plus the weekend days that are worked in exchange for a longer holiday (调休).
 */
public final class WorkingCalendar {

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> makeUpWorkdays;

    /**
     * @param holidays       weekdays off (法定节假日 and the days added to them)
     * @param makeUpWorkdays weekend days worked instead (调休上班)
     */
    public WorkingCalendar(Set<LocalDate> holidays, Set<LocalDate> makeUpWorkdays) {
        this.holidays = Set.copyOf(holidays);
        this.makeUpWorkdays = Set.copyOf(makeUpWorkdays);
        Set<LocalDate> both = new HashSet<>(this.holidays);
        both.retainAll(this.makeUpWorkdays);
        if (!both.isEmpty()) {
            throw new IllegalArgumentException("days both off and worked: " + both);
        }
    }

    public boolean isWorkingDay(LocalDate date) {
        if (makeUpWorkdays.contains(date)) {
            return true;
        }
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        return !weekend && !holidays.contains(date);
    }

    /** The {@code n}-th working day after {@code date}, not counting {@code date} itself. */
    public LocalDate workingDaysAfter(LocalDate date, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("cannot count back " + n + " working days");
        }
        LocalDate day = Objects.requireNonNull(date, "date");
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** When a claim submitted on {@code submitted} must be decided: 1, 3 or 10 working days later. */
    public LocalDate dueDate(LocalDate submitted, Complexity complexity) {
        return workingDaysAfter(submitted, complexity.workingDays());
    }
}

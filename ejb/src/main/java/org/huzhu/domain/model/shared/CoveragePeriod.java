package org.huzhu.domain.model.shared;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** An inclusive range of calendar dates {@code [start, end]} in Asia/Shanghai. */
public record CoveragePeriod(LocalDate start, LocalDate end) implements Serializable {

    public CoveragePeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("coverage ends " + end + " before it starts " + start);
        }
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    public boolean overlaps(CoveragePeriod other) {
        return !other.end.isBefore(start) && !other.start.isAfter(end);
    }

    /** Days from the start to {@code date}: d = date − start. */
    public long daysFromStartTo(LocalDate date) {
        return ChronoUnit.DAYS.between(start, date);
    }

    /** Whether {@code next} starts at most {@code gapDays} days after this period ends (a renewal). */
    public boolean isFollowedWithin(CoveragePeriod next, int gapDays) {
        long gap = ChronoUnit.DAYS.between(end, next.start);
        return gap >= 1 && gap <= gapDays;
    }
}

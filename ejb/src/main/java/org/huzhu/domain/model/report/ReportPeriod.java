package org.huzhu.domain.model.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import org.huzhu.domain.model.shared.InvalidValueException;

/** The calendar days a report covers, both ends included: a month, a quarter, a year or any from–to. */
public record ReportPeriod(LocalDate from, LocalDate to) {

    public ReportPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new InvalidValueException("period", "起始日期 " + from + " 晚于截止日期 " + to,
                    "from " + from + " is after to " + to);
        }
    }

    public YearMonth firstMonth() {
        return YearMonth.from(from);
    }

    public YearMonth lastMonth() {
        return YearMonth.from(to);
    }
}

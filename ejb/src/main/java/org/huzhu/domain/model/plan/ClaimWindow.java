package org.huzhu.domain.model.plan;

import java.time.LocalDate;
import java.util.Objects;

/** How long after a claim's key date it may be submitted: a window of n days after D ends on D + n inclusive. */
public record ClaimWindow(int days, Start from) {

    /** The date a window runs from. */
    public enum Start {
        DISCHARGE("出院日期", "discharge date"),
        DIAGNOSIS("确诊日期", "diagnosis date"),
        ACCIDENT("意外发生日期", "accident date");

        private final String labelZh;
        private final String labelEn;

        Start(String labelZh, String labelEn) {
            this.labelZh = labelZh;
            this.labelEn = labelEn;
        }

        public String labelZh() {
            return labelZh;
        }

        public String labelEn() {
            return labelEn;
        }
    }

    public ClaimWindow {
        if (days < 0) {
            throw new IllegalArgumentException("a claim window cannot be negative: " + days);
        }
        Objects.requireNonNull(from, "from");
    }

    public LocalDate lastDayAfter(LocalDate start) {
        return start.plusDays(days);
    }
}

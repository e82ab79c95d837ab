package org.huzhu.domain.model.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Dates are calendar dates in Asia/Shanghai (SPEC.md §2), wherever the server runs. */
public final class BusinessDate {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private BusinessDate() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** The day it was in Beijing at that instant. */
    public static LocalDate of(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }
}

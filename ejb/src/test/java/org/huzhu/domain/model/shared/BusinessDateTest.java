package org.huzhu.domain.model.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BusinessDateTest {

    @Test
    void theDayIsBeijingsWhereverTheServerRuns() {
        assertEquals(LocalDate.of(2024, 12, 31), BusinessDate.of(Instant.parse("2024-12-31T15:59:59Z")));
        assertEquals(LocalDate.of(2025, 1, 1), BusinessDate.of(Instant.parse("2024-12-31T16:00:00Z")));
    }
}

package org.huzhu.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FailedSignInsTest {

    private static final Instant START = Instant.parse("2026-12-03T08:00:00Z");

    @Test
    void anAddressWaitsUntilItsWindowEndsOnceOverTheLimit() {
        FailedSignIns failures = new FailedSignIns(3, Duration.ofMinutes(10), 100);
        for (int i = 0; i < 3; i++) {
            assertEquals(Duration.ZERO, failures.waitFor("10.0.0.1", START.plusSeconds(i)));
            failures.recordFailure("10.0.0.1", START.plusSeconds(i));
        }
        assertEquals(Duration.ofMinutes(9), failures.waitFor("10.0.0.1", START.plusSeconds(60)));
        assertEquals(Duration.ZERO, failures.waitFor("10.0.0.2", START.plusSeconds(60)), "other addresses go on");
        assertEquals(Duration.ZERO, failures.waitFor("10.0.0.1", START.plus(Duration.ofMinutes(10))));
        failures.recordFailure("10.0.0.1", START.plus(Duration.ofMinutes(10)));
        assertEquals(Duration.ZERO, failures.waitFor("10.0.0.1", START.plus(Duration.ofMinutes(11))), "a new window");
    }

    @Test
    void theMapStaysBounded() {
        FailedSignIns failures = new FailedSignIns(3, Duration.ofMinutes(10), 100);
        for (int i = 0; i < 1_000; i++) {
            failures.recordFailure("10.0." + (i / 250) + "." + (i % 250), START);
        }
        assertTrue(failures.trackedAddresses() <= 100, "tracked: " + failures.trackedAddresses());
    }
}

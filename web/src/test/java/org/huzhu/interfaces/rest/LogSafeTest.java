package org.huzhu.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** What the last-resort mapper logs keeps the stack trace but not an ID or card from a message. */
class LogSafeTest {

    @Test
    void longDigitRunsKeepOnlyTheirLastFour() {
        assertEquals("Key (resident_id)=(****002X) already exists", LogSafe.scrub("Key (resident_id)=(11010519491231002X) already exists"));
        assertEquals("card ****3445", LogSafe.scrub("card 6222020200112233445"));
        assertEquals("claim HZ2026000123, 3 rows", LogSafe.scrub("claim HZ2026000123, 3 rows"));
        assertEquals(null, LogSafe.scrub(null));
    }

    @Test
    void aScrubbedExceptionKeepsItsClassesAndFramesButNotThePersonalData() {
        SQLException sql = new SQLException("duplicate key: Key (resident_id)=(11010519491231002X)", "23505");
        RuntimeException error = new RuntimeException("rolled back for 6222020200112233445", sql);
        Throwable scrubbed = LogSafe.scrubbed(error);

        StringWriter printed = new StringWriter();
        scrubbed.printStackTrace(new PrintWriter(printed));
        String log = printed.toString();
        assertFalse(log.contains("11010519491231002X"), log);
        assertFalse(log.contains("6222020200112233445"), log);
        assertTrue(log.contains("java.sql.SQLException: duplicate key"), log);
        assertTrue(log.contains("java.lang.RuntimeException: rolled back for ****3445"), log);
        assertArrayEquals(error.getStackTrace(), scrubbed.getStackTrace());
        assertArrayEquals(sql.getStackTrace(), scrubbed.getCause().getStackTrace());
    }
}

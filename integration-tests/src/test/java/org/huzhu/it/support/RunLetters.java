package org.huzhu.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The letters of one run, as the register holds them. A run is a job instance of payout-settlement or
 * hardship-grant ({@code payout.settlement_run}); instance ids are unique across jobs.
 */
public final class RunLetters {

    private final DatabaseFixtures database;
    private final long run;

    public RunLetters(DatabaseFixtures database, long run) {
        this.database = database;
        this.run = run;
    }

    public long issued() throws SQLException {
        return database.count("SELECT count(*) FROM letter l JOIN payout p ON p.id = l.payout_id "
                + "WHERE p.settlement_run = ?", run);
    }

    /** The run made {@code payouts} payouts, and each has exactly one letter. */
    public void assertOnePerPayout(int payouts) throws SQLException {
        assertEquals(payouts, database.count("SELECT count(*) FROM payout WHERE settlement_run = ?", run));
        assertEquals(0, database.count("""
                SELECT count(*) FROM payout p
                WHERE p.settlement_run = ? AND (SELECT count(*) FROM letter l WHERE l.payout_id = p.id) <> 1""", run),
                "exactly one letter per payout");
    }

    /**
     * Stops the execution while its letters step is issuing letters and returns the stopped execution: waits for
     * the first letter, then holds the letter numbers so that every partition waits with its chunk in flight, and
     * asks for the stop meanwhile. Each partition then finishes its chunk and stops.
     */
    public JsonObject stopWhileIssuing(Jobs jobs, long executionId) throws Exception {
        awaitIssued(1);
        try (AutoCloseable numbersHeld = holdLetterNumbers()) {
            jobs.stop(executionId);
        }
        JsonObject stopped = jobs.await(executionId);
        assertEquals("STOPPED", stopped.getString("status"), stopped::toString);
        assertEquals("STOPPED", Jobs.step(stopped, "letters").getString("status"), stopped::toString);
        return stopped;
    }

    private void awaitIssued(long atLeast) throws SQLException, InterruptedException {
        Instant deadline = Instant.now().plusSeconds(120);
        while (issued() < atLeast) {
            assertTrue(Instant.now().isBefore(deadline), "no letter of run " + run + " within 2 minutes");
            Thread.sleep(20);
        }
    }

    /**
     * Holds the row lock of this year's letter numbers on a connection of its own, until closed. The server takes
     * letter numbers twenty at a time (NumberBlocks): once its block is used up, which takes at most twenty more
     * letters, every letter being issued waits for its number, so a run of a few hundred letters is held mid-way
     * however fast the server is.
     */
    private static AutoCloseable holdLetterNumbers() throws SQLException {
        Connection holder = DatabaseFixtures.openTestDatabase();
        holder.setAutoCommit(false);
        try (PreparedStatement lock = holder.prepareStatement(
                "SELECT last_value FROM number_sequence WHERE kind = 'LETTER' AND year = ? FOR UPDATE")) {
            lock.setInt(1, LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear());
            lock.executeQuery().close();
        }
        return () -> {
            try (holder) {
                holder.rollback();
            }
        };
    }
}

package org.huzhu.benchmarks;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * For one number of APPROVED claims: loads them afresh, settles them with the plain-JDBC baseline into its scratch
 * table, then with the real payout-settlement job through the API, watching the server's heap and CPU.
 */
final class SettlementBenchmark {

    /**
     * One size's figures. {@code settleSeconds}: from the job's start to the end of its payment-file step, i.e.
     * settling the claims and writing the bank's file; {@code letterSeconds}: the letters step, NaN when the run was
     * stopped as its letters step began.
     */
    record Result(long claims, double loadSeconds, double baselineSeconds, double settleSeconds,
                  double paymentFileSeconds, double letterSeconds, long settled, long letters,
                  ServerProbe.Sample server) {

        double jobPerSecond() {
            return claims / settleSeconds;
        }

        double baselinePerSecond() {
            return claims / baselineSeconds;
        }

        double microsPerClaim() {
            return settleSeconds * 1e6 / claims;
        }

        boolean lettersIssued() {
            return !Double.isNaN(letterSeconds);
        }

        double lettersPerSecond() {
            return letters / letterSeconds;
        }
    }

    private static final Set<String> FINISHED = Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED");

    private final Connection connection;
    private final Supplier<Connection> newConnection;
    private final BenchCounty county;
    private final HuzhuClient finance;
    private final ServerProbe probe;

    SettlementBenchmark(Connection connection, Supplier<Connection> newConnection, BenchCounty county,
                        HuzhuClient finance, ServerProbe probe) {
        this.connection = connection;
        this.newConnection = newConnection;
        this.county = county;
        this.finance = finance;
        this.probe = probe;
    }

    /**
     * @param withLetters let the run issue its letters (one per claim); otherwise it is stopped as soon as its letters
     *                    step begins, since at a hundred-odd letters a second a million letters take hours
     */
    Result run(long claims, boolean withLetters) throws Exception {
        county.clear();
        long started = System.nanoTime();
        int members = (int) ((claims + BenchCounty.CLAIMS_PER_MEMBER - 1) / BenchCounty.CLAIMS_PER_MEMBER);
        county.load(members, claims);
        vacuum();
        double loadSeconds = (System.nanoTime() - started) / 1e9;
        Benchmarks.log("settlement %,d: loaded in %.1f s; plain-JDBC baseline".formatted(claims, loadSeconds));

        started = System.nanoTime();
        long baselinePayouts;
        try (Connection read = newConnection.get()) {
            baselinePayouts = new PlainJdbcSettlement(read, connection, county.today()).run();
        }
        double baselineSeconds = (System.nanoTime() - started) / 1e9;
        if (baselinePayouts != claims) {
            throw new IllegalStateException("the baseline settled " + baselinePayouts + " of " + claims + " claims");
        }
        Benchmarks.log("settlement %,d: baseline %.1f s; the job".formatted(claims, baselineSeconds));

        JsonObject[] finished = new JsonObject[1];
        ServerProbe.Sample server = probe.watch(() -> finished[0] = settle(withLetters));
        JsonObject execution = finished[0];
        String expected = withLetters ? "COMPLETED" : "STOPPED";
        if (!expected.equals(execution.getString("status"))) {
            throw new IllegalStateException("payout-settlement ended " + execution + ", not " + expected);
        }
        Map<String, JsonObject> steps = new LinkedHashMap<>();
        for (JsonObject step : execution.getJsonArray("steps").getValuesAs(JsonObject.class)) {
            steps.put(step.getString("name"), step);
        }
        JsonObject paymentFile = steps.get("payment-file");
        double settleSeconds = seconds(execution.getString("startTime"), paymentFile.getString("endTime"));
        double paymentFileSeconds = seconds(paymentFile.getString("startTime"), paymentFile.getString("endTime"));
        // the letters step begins as the payment file ends
        double letterSeconds = withLetters
                ? seconds(paymentFile.getString("endTime"), execution.getString("endTime")) : Double.NaN;
        return new Result(claims, loadSeconds, baselineSeconds, settleSeconds, paymentFileSeconds, letterSeconds,
                count("SELECT count(*) FROM payout"), count("SELECT count(*) FROM letter"), server);
    }

    private JsonObject settle(boolean withLetters) throws Exception {
        long executionId = finance.postExpecting(202, "jobs/payout-settlement",
                "{\"runDate\": \"%s\"}".formatted(county.today())).getJsonNumber("executionId").longValue();
        boolean stopping = false;
        while (true) {
            JsonObject execution = finance.get("jobs/executions/" + executionId);
            if (FINISHED.contains(execution.getString("status"))) {
                return execution;
            }
            boolean inLetters = execution.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                    .anyMatch(step -> step.getString("name").equals("letters"));
            if (!withLetters && !stopping && inLetters) {
                finance.postExpecting(202, "jobs/executions/" + executionId + "/stop", "{}");
                stopping = true;
            }
            // The letters step takes minutes and its time comes from the job repository: asking ten times a second
            // would take CPU from the very step being measured.
            Thread.sleep(inLetters ? 1000 : 100);
        }
    }

    /** Times the job repository recorded: polling adds nothing to them. */
    private static double seconds(String start, String end) {
        return Duration.between(OffsetDateTime.parse(start), OffsetDateTime.parse(end)).toNanos() / 1e9;
    }

    /** The baseline and the job both find freshly loaded tables with visibility maps set and statistics. */
    private void vacuum() throws SQLException {
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("VACUUM ANALYZE member, enrollment, claim, claim_invoice");
        } finally {
            connection.setAutoCommit(false);
        }
    }

    private long count(String query) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(query)) {
            rs.next();
            long count = rs.getLong(1);
            connection.rollback();
            return count;
        }
    }
}

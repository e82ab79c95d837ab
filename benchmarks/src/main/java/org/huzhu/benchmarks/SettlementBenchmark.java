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

    /** One size's figures. */
    record Result(long claims, double loadSeconds, double baselineSeconds, double jobSeconds,
                  Map<String, Double> stepSeconds, long settled, ServerProbe.Sample server) {

        double jobPerSecond() {
            return claims / jobSeconds;
        }

        double baselinePerSecond() {
            return claims / baselineSeconds;
        }

        double microsPerClaim() {
            return jobSeconds * 1e6 / claims;
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

    Result run(long claims) throws Exception {
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
            baselinePayouts = new PlainJdbcSettlement(read, connection).run();
        }
        double baselineSeconds = (System.nanoTime() - started) / 1e9;
        if (baselinePayouts != claims) {
            throw new IllegalStateException("the baseline settled " + baselinePayouts + " of " + claims + " claims");
        }
        Benchmarks.log("settlement %,d: baseline %.1f s; the job".formatted(claims, baselineSeconds));

        JsonObject[] finished = new JsonObject[1];
        ServerProbe.Sample server = probe.watch(() -> finished[0] = settle());
        JsonObject execution = finished[0];
        if (!"COMPLETED".equals(execution.getString("status"))) {
            throw new IllegalStateException("payout-settlement ended " + execution);
        }
        Map<String, Double> steps = new LinkedHashMap<>();
        for (JsonObject step : execution.getJsonArray("steps").getValuesAs(JsonObject.class)) {
            steps.put(step.getString("name"), seconds(step));
        }
        return new Result(claims, loadSeconds, baselineSeconds, seconds(execution), steps, countPayouts(), server);
    }

    private JsonObject settle() throws Exception {
        long executionId = finance.postExpecting(202, "jobs/payout-settlement", "{}").getJsonNumber("executionId")
                .longValue();
        while (true) {
            JsonObject execution = finance.get("jobs/executions/" + executionId);
            if (FINISHED.contains(execution.getString("status"))) {
                return execution;
            }
            Thread.sleep(250);
        }
    }

    /** The job's own start and end times: polling adds nothing to its duration. */
    private static double seconds(JsonObject timed) {
        Duration duration = Duration.between(OffsetDateTime.parse(timed.getString("startTime")),
                OffsetDateTime.parse(timed.getString("endTime")));
        return duration.toNanos() / 1e9;
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

    private long countPayouts() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT count(*) FROM payout")) {
            rs.next();
            long count = rs.getLong(1);
            connection.rollback();
            return count;
        }
    }
}

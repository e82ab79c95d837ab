package org.huzhu.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/** A job through the API, as finance (or a clerk, for enrollment-import) sees it: start it, wait for it, read its steps. */
public final class Jobs {

    public static final String SETTLEMENT = "payout-settlement";
    public static final String ENROLLMENT_IMPORT = "enrollment-import";
    private static final Set<String> RUNNING = Set.of("STARTING", "STARTED", "STOPPING");

    private final ApiClient caller;
    private final String jobName;

    /** Settlement, the job most tests run. */
    public Jobs(ApiClient finance) {
        this(finance, SETTLEMENT);
    }

    public Jobs(ApiClient caller, String jobName) {
        this.caller = caller;
        this.jobName = jobName;
    }

    public long start(String parameters) {
        ApiClient.Answer started = caller.post("jobs/" + jobName, parameters);
        assertEquals(202, started.status(), started::toString);
        return started.json().getJsonNumber("executionId").longValue();
    }

    /** Waits until the execution ended and returns it. */
    public JsonObject await(long executionId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
        while (true) {
            JsonObject execution = execution(executionId);
            if (!RUNNING.contains(execution.getString("status"))) {
                return execution;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("execution " + executionId + " still running: " + execution);
            }
            Thread.sleep(200);
        }
    }

    /**
     * Lets a run settle and write its payment file, then stops it in its letters step and returns the stopped
     * execution: for tests about settling thousands of claims, whose letters would take minutes
     * (SettlementLettersIT is about letters).
     */
    public JsonObject stopInLetters(long executionId) throws InterruptedException {
        awaitStep(executionId, "payment-file");
        stop(executionId);
        JsonObject stopped = await(executionId);
        assertEquals("STOPPED", stopped.getString("status"), stopped::toString);
        assertEquals("STOPPED", step(stopped, "letters").getString("status"), stopped::toString);
        return stopped;
    }

    /** Restarts a stopped or failed execution; the new execution's id. */
    public long restart(long executionId) {
        ApiClient.Answer restart = caller.post("jobs/executions/" + executionId + "/restart", null);
        assertEquals(202, restart.status(), restart::toString);
        return restart.json().getJsonNumber("executionId").longValue();
    }

    /** Asks the execution to stop (it stops after the chunks in flight); does not wait. */
    public void stop(long executionId) {
        ApiClient.Answer stop = caller.post("jobs/executions/" + executionId + "/stop", null);
        assertEquals(202, stop.status(), stop::toString);
    }

    /** Waits until the execution's step completed (the execution may go on with the next) and returns it. */
    private JsonObject awaitStep(long executionId, String stepName) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (true) {
            JsonObject execution = execution(executionId);
            boolean done = execution.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                    .anyMatch(step -> step.getString("name").equals(stepName) && step.getString("status").equals("COMPLETED"));
            if (done) {
                return execution;
            }
            if (!RUNNING.contains(execution.getString("status")) || Instant.now().isAfter(deadline)) {
                throw new AssertionError("step " + stepName + " of execution " + executionId + " did not complete: "
                        + execution);
            }
            Thread.sleep(200);
        }
    }

    public JsonObject run(String parameters) throws InterruptedException {
        JsonObject execution = await(start(parameters));
        assertEquals("COMPLETED", execution.getString("status"), execution::toString);
        return execution;
    }

    public JsonObject execution(long executionId) {
        ApiClient.Answer answer = caller.get("jobs/executions/" + executionId);
        assertEquals(200, answer.status(), answer::toString);
        return answer.json();
    }

    /** The number of this job's newest execution, 0 when it never ran: a test that must start none compares it. */
    public long newestExecution() {
        ApiClient.Answer recent = caller.get("jobs/executions?job=" + jobName);
        assertEquals(200, recent.status(), recent::toString);
        return recent.json().getJsonArray("executions").getValuesAs(JsonObject.class).stream()
                .mapToLong(execution -> execution.getJsonNumber("executionId").longValue()).max().orElse(0);
    }

    public static JsonObject step(JsonObject execution, String name) {
        return execution.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                .filter(step -> step.getString("name").equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no step " + name + " in " + execution));
    }

    public static long metric(JsonObject execution, String step, String metric) {
        return step(execution, step).getJsonObject("metrics").getJsonNumber(metric).longValue();
    }
}

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

    public static JsonObject step(JsonObject execution, String name) {
        return execution.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                .filter(step -> step.getString("name").equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no step " + name + " in " + execution));
    }

    public static long metric(JsonObject execution, String step, String metric) {
        return step(execution, step).getJsonObject("metrics").getJsonNumber(metric).longValue();
    }
}

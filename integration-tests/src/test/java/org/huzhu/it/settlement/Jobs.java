package org.huzhu.it.settlement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.huzhu.it.support.ApiClient;

/** Finance's view of batch jobs through the API: start one, wait for it, read its steps. */
final class Jobs {

    static final String SETTLEMENT = "payout-settlement";
    private static final Set<String> RUNNING = Set.of("STARTING", "STARTED", "STOPPING");

    private final ApiClient finance;

    Jobs(ApiClient finance) {
        this.finance = finance;
    }

    long start(String parameters) {
        ApiClient.Answer started = finance.post("jobs/" + SETTLEMENT, parameters);
        assertEquals(202, started.status(), started::toString);
        return started.json().getJsonNumber("executionId").longValue();
    }

    /** Waits until the execution ended and returns it. */
    JsonObject await(long executionId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
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

    JsonObject run(String parameters) throws InterruptedException {
        JsonObject execution = await(start(parameters));
        assertEquals("COMPLETED", execution.getString("status"), execution::toString);
        return execution;
    }

    JsonObject execution(long executionId) {
        ApiClient.Answer answer = finance.get("jobs/executions/" + executionId);
        assertEquals(200, answer.status(), answer::toString);
        return answer.json();
    }

    static JsonObject step(JsonObject execution, String name) {
        return execution.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                .filter(step -> step.getString("name").equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no step " + name + " in " + execution));
    }

    static long metric(JsonObject execution, String step, String metric) {
        return step(execution, step).getJsonObject("metrics").getJsonNumber(metric).longValue();
    }
}

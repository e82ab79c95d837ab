package org.huzhu.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A job execution as finance sees it.
 *
 * @param run the job instance: a restart is a new execution of the same run
 */
public record JobExecutionView(long executionId, long run, String jobName, String batchStatus, String exitStatus,
        Instant createTime, Instant startTime, Instant endTime, Map<String, String> parameters, List<Step> steps) {

    /** @param metrics read, write, skip, commit and rollback counts, by their Jakarta Batch names */
    public record Step(String name, String batchStatus, String exitStatus, Instant startTime, Instant endTime,
            Map<String, Long> metrics) {
    }

    /** The batch statuses of an execution that has not ended. */
    public static final Set<String> RUNNING = Set.of("STARTING", "STARTED", "STOPPING");

    public boolean isRunning() {
        return RUNNING.contains(batchStatus);
    }
}

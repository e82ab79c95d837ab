package org.huzhu.infrastructure.batch;

import java.time.Instant;
import java.util.List;
import java.util.Map;

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

    public boolean isRunning() {
        return JobControl.RUNNING.contains(batchStatus);
    }
}

package org.huzhu.application;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Huzhu's batch jobs as their callers see them (the finance API, the import page, the nightly schedule): start,
 * restart, stop and report, by job name ({@link JobParameters}). Implemented where the job XML is (batch-jobs'
 * {@code JobControl}), since each module has its own JobOperator; the callers know only this interface.
 */
public interface BatchJobs {

    /** Whether Huzhu has a job of that name. */
    boolean knows(String jobName);

    /**
     * Starts a job. {@code runDate} is fixed to today (Asia/Shanghai) unless given, so that a restart keeps it.
     *
     * @return the new execution
     * @throws IllegalArgumentException if there is no such job
     * @throws Conflict                 if an execution of the job is running
     */
    long start(String jobName, Map<String, String> parameters);

    /**
     * Restarts a failed or stopped execution as a new execution of the same run, with the same parameters.
     *
     * @return the new execution, or empty if there is no such execution
     * @throws Conflict if it cannot be restarted (completed, not the latest of its run) or its job is running
     */
    OptionalLong restart(long executionId);

    /**
     * Asks a running execution to stop after its current chunk.
     *
     * @return false if there is no such execution
     * @throws Conflict if it is not running
     */
    boolean stop(long executionId);

    Optional<JobExecutionView> execution(long executionId);

    /** The latest executions of a job, newest first. */
    List<JobExecutionView> recent(String jobName, int max);
}

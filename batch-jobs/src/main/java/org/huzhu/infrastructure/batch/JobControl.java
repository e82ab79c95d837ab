package org.huzhu.infrastructure.batch;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.TreeMap;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.huzhu.application.BatchJobs;
import org.huzhu.application.Conflict;
import org.huzhu.application.JobExecutionView;
import org.huzhu.application.JobParameters;
import org.huzhu.infrastructure.persistence.DataSources;

/**
 * Starts, restarts, stops and reports Huzhu's batch jobs: the one way in for the finance API and the nightly
 * schedule. It lives in the module with the job XML because each module has its own JobOperator, and manages no
 * transactions because a job must never start inside a container transaction.
 * <p>
 * Only one execution of a job runs at a time (SPEC.md §9). The check and the start happen under this singleton's
 * write lock, so two callers of one server cannot both pass the check.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class JobControl implements BatchJobs {

    private static final Logger LOG = Logger.getLogger(JobControl.class.getName());

    @Resource(lookup = DataSources.HUZHU)
    private DataSource dataSource;

    /**
     * This module's JobOperator, looked up once: {@code BatchRuntime.getJobOperator()} runs a ServiceLoader, which
     * in WildFly's module class loaders scans the deployment's jars, and the jobs API asked for it three times per
     * request (a tenth of the server's CPU while a client polled an execution ten times a second).
     */
    private JobOperator operator;

    @PostConstruct
    void lookUpOperator() {
        operator = BatchRuntime.getJobOperator();
    }

    @Override
    @Lock(LockType.READ)
    public boolean knows(String jobName) {
        // not every file in META-INF/batch-jobs is a job: payout-steps.xml holds the steps two jobs inherit
        return jobName != null && JobParameters.JOBS.contains(jobName);
    }

    @Override
    @Lock(LockType.WRITE)
    public long start(String jobName, Map<String, String> parameters) {
        if (!knows(jobName)) {
            throw new IllegalArgumentException("no job " + jobName);
        }
        refuseWhileRunning(jobName);
        Properties properties = new Properties();
        properties.putAll(parameters);
        properties.putIfAbsent(JobParameters.RUN_DATE, JobParameters.today().toString());
        long executionId = operator.start(jobName, properties);
        LOG.info(() -> "started " + jobName + " as execution " + executionId + " with " + properties);
        return executionId;
    }

    @Override
    @Lock(LockType.WRITE)
    public OptionalLong restart(long executionId) {
        Optional<JobExecution> execution = find(executionId);
        if (execution.isEmpty()) {
            return OptionalLong.empty();
        }
        refuseWhileRunning(execution.get().getJobName());
        try {
            // The run's own parameters again (its runDate above all), whatever the implementation does with none.
            long restarted = operator.restart(executionId, execution.get().getJobParameters());
            LOG.info(() -> "restarted execution " + executionId + " as " + restarted);
            return OptionalLong.of(restarted);
        } catch (JobExecutionAlreadyCompleteException e) {
            throw new Conflict("job-execution-complete", "该批处理已成功完成，无需重新执行",
                    "execution " + executionId + " completed: there is nothing to restart");
        } catch (JobExecutionNotMostRecentException e) {
            throw new Conflict("job-execution-not-latest", "该批处理已重新执行过，请重新执行最近的一次",
                    "execution " + executionId + " is not the latest of its run: restart the latest");
        } catch (JobRestartException e) {
            throw new Conflict("job-not-restartable", "该批处理当前不能重新执行",
                    "execution " + executionId + " cannot be restarted: " + e.getMessage());
        }
    }

    @Override
    @Lock(LockType.WRITE)
    public boolean stop(long executionId) {
        if (find(executionId).isEmpty()) {
            return false;
        }
        try {
            operator.stop(executionId);
            LOG.info(() -> "asked execution " + executionId + " to stop");
            return true;
        } catch (JobExecutionNotRunningException e) {
            throw new Conflict("job-not-running", "该批处理未在运行", "execution " + executionId + " is not running");
        }
    }

    @Override
    @Lock(LockType.READ)
    public Optional<JobExecutionView> execution(long executionId) {
        return find(executionId).map(execution -> view(execution, storedStepStarts(List.of(executionId))));
    }

    @Override
    @Lock(LockType.READ)
    public List<JobExecutionView> recent(String jobName, int max) {
        if (!knows(jobName)) {
            return List.of();
        }
        List<JobExecution> executions = new ArrayList<>();
        try {
            for (JobInstance instance : operator.getJobInstances(jobName, 0, max)) {
                executions.addAll(operator.getJobExecutions(instance));
            }
        } catch (NoSuchJobException e) {
            return List.of();  // never started
        }
        List<JobExecution> latest = executions.stream()
                .sorted(Comparator.comparingLong(JobExecution::getExecutionId).reversed())
                .limit(max)
                .toList();
        Map<Long, Instant> storedStarts = storedStepStarts(latest.stream().map(JobExecution::getExecutionId).toList());
        return latest.stream().map(execution -> view(execution, storedStarts)).toList();
    }

    /**
     * Asks the job repository itself, not the JobOperator: it also counts STOPPING, and it sees executions that
     * another server of the same database runs.
     */
    private void refuseWhileRunning(String jobName) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("""
                     SELECT e.jobexecutionid FROM job_execution e JOIN job_instance i ON i.jobinstanceid = e.jobinstanceid
                     WHERE i.jobname = ? AND e.batchstatus = ANY (?)
                     ORDER BY e.jobexecutionid""")) {
            select.setString(1, jobName);
            select.setArray(2, connection.createArrayOf("varchar", JobExecutionView.RUNNING.toArray()));
            try (ResultSet rs = select.executeQuery()) {
                if (rs.next()) {
                    long running = rs.getLong(1);
                    throw new Conflict("job-running", "批处理 " + jobName + " 正在运行（执行编号 " + running + "），请等待其结束",
                            "job " + jobName + " is running as execution " + running + ": wait until it ends");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the job repository", e);
        }
    }

    /**
     * The steps' start times as the job repository stored them. JBeret sets a partitioned step's status to STARTED
     * again when its partitions are done, which moves the start time it keeps in memory to the step's end: the
     * console would show {@code settle} and {@code letters} taking no time.
     */
    private Map<Long, Instant> storedStepStarts(List<Long> executionIds) {
        Map<Long, Instant> starts = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT stepexecutionid, starttime FROM step_execution WHERE jobexecutionid = ANY (?)")) {
            select.setArray(1, connection.createArrayOf("bigint", executionIds.toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    Timestamp start = rs.getTimestamp(2);
                    if (start != null) {
                        starts.put(rs.getLong(1), start.toInstant());
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the job repository", e);
        }
        return starts;
    }

    private Optional<JobExecution> find(long executionId) {
        try {
            JobExecution execution = operator.getJobExecution(executionId);
            return knows(execution.getJobName()) ? Optional.of(execution) : Optional.empty();
        } catch (NoSuchJobExecutionException e) {
            return Optional.empty();
        }
    }

    /** @param storedStarts step execution id → start time, from {@link #storedStepStarts} */
    private JobExecutionView view(JobExecution execution, Map<Long, Instant> storedStarts) {
        List<JobExecutionView.Step> steps = new ArrayList<>();
        for (StepExecution step : operator.getStepExecutions(execution.getExecutionId())) {
            Map<String, Long> metrics = new TreeMap<>();
            for (Metric metric : step.getMetrics()) {
                metrics.put(metricName(metric.getType()), metric.getValue());
            }
            Instant start = storedStarts.getOrDefault(step.getStepExecutionId(), instant(step.getStartTime()));
            steps.add(new JobExecutionView.Step(step.getStepName(), step.getBatchStatus().name(),
                    step.getExitStatus(), start, instant(step.getEndTime()), metrics));
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        Properties stored = execution.getJobParameters();
        if (stored != null) {
            new TreeMap<>(stored).forEach((name, value) -> parameters.put(name.toString(), value.toString()));
        }
        return new JobExecutionView(execution.getExecutionId(), operator.getJobInstance(execution.getExecutionId())
                .getInstanceId(), execution.getJobName(), execution.getBatchStatus().name(), execution.getExitStatus(),
                instant(execution.getCreateTime()), instant(execution.getStartTime()), instant(execution.getEndTime()),
                parameters, steps);
    }

    /** READ_COUNT → readCount. */
    private static String metricName(Metric.MetricType type) {
        String[] words = type.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}

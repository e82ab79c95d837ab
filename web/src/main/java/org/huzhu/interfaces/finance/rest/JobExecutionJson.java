package org.huzhu.interfaces.finance.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.huzhu.application.JobExecutionView;
import org.huzhu.application.JobParameters;
import org.huzhu.application.PaymentFiles;

/**
 * A job execution as {@code /jobs} answers it, with the payment files of its run. A time is absent until it
 * happens (JSON-B leaves nulls out); an exit status not yet set reads {@code "null"}, as the console always had it.
 */
@JsonbPropertyOrder({"executionId", "run", "job", "status", "exitStatus", "createTime", "startTime", "endTime",
        "parameters", "steps", "paymentFiles"})
public record JobExecutionJson(long executionId, long run, String job, String status, String exitStatus,
                               OffsetDateTime createTime, OffsetDateTime startTime, OffsetDateTime endTime,
                               Map<String, String> parameters, List<StepJson> steps,
                               List<PaymentFileJson> paymentFiles) {

    /** @param metrics read, write, skip, commit and rollback counts, by their Jakarta Batch names */
    @JsonbPropertyOrder({"name", "status", "exitStatus", "startTime", "endTime", "metrics"})
    public record StepJson(String name, String status, String exitStatus, OffsetDateTime startTime,
                           OffsetDateTime endTime, Map<String, Long> metrics) {
    }

    /** @param sha256 absent until the file is written */
    @JsonbPropertyOrder({"id", "fileName", "rowCount", "total", "sha256"})
    public record PaymentFileJson(long id, String fileName, int rowCount, String total, String sha256) {
    }

    /** {@code POST /jobs/{name}} and its restart and stop: the execution that runs. */
    public record Started(long executionId) {
    }

    /** {@code GET /jobs/executions}: the latest executions of a job, newest first. */
    public record Recent(List<JobExecutionJson> executions) {
    }

    public static JobExecutionJson of(JobExecutionView execution, List<PaymentFiles.PaymentFileView> files) {
        List<StepJson> steps = execution.steps().stream()
                .map(step -> new StepJson(step.name(), step.batchStatus(), String.valueOf(step.exitStatus()),
                        inShanghai(step.startTime()), inShanghai(step.endTime()), step.metrics()))
                .toList();
        List<PaymentFileJson> paymentFiles = files.stream()
                .map(file -> new PaymentFileJson(file.id(), file.fileName(), file.rowCount(), file.total(),
                        file.sha256()))
                .toList();
        return new JobExecutionJson(execution.executionId(), execution.run(), execution.jobName(),
                execution.batchStatus(), String.valueOf(execution.exitStatus()), inShanghai(execution.createTime()),
                inShanghai(execution.startTime()), inShanghai(execution.endTime()), execution.parameters(), steps,
                paymentFiles);
    }

    private static OffsetDateTime inShanghai(Instant time) {
        return time == null ? null : time.atZone(JobParameters.ZONE).toOffsetDateTime();
    }
}

package org.huzhu.interfaces.finance.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.huzhu.application.BatchJobs;
import org.huzhu.application.Budgets;
import org.huzhu.application.JobExecutionView;
import org.huzhu.application.JobParameters;
import org.huzhu.application.PaymentFiles;
import org.huzhu.application.PaymentReturns;
import org.huzhu.domain.model.shared.Money;
import org.huzhu.domain.model.user.Role;
import org.huzhu.interfaces.rest.JsonInput;
import org.huzhu.interfaces.rest.Language;
import org.huzhu.interfaces.rest.Problem;

/**
 * {@code /jobs}: finance starts, stops and restarts batch jobs and follows their progress (SPEC.md §9, §11).
 * A second start while the job runs is a 409 problem (from {@link BatchJobs}' Conflict). Clerks import
 * rosters (SPEC.md §1), so they may start enrollment-import and follow its executions; nothing else.
 */
@RequestScoped
@Path("jobs")
@RolesAllowed({Role.FINANCE_NAME, Role.CLERK_NAME})
public class JobsResource {

    /** The jobs a clerk may start and follow; finance may do anything with any job. */
    private static final Set<String> CLERK_JOBS = Set.of(JobParameters.ENROLLMENT_IMPORT);

    private static final int MAX_RECENT = 50;

    @EJB
    private BatchJobs jobs;

    @EJB
    private PaymentFiles paymentFiles;

    @EJB
    private Budgets budgets;

    @EJB
    private PaymentReturns paymentReturns;

    @Context
    private HttpHeaders headers;

    @Context
    private SecurityContext security;

    @POST
    @Path("{jobName}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response start(@PathParam("jobName") String jobName, String body) {
        if (!jobs.knows(jobName)) {
            return notFound("no-such-job", "没有名为 " + jobName + " 的批处理", "there is no job " + jobName);
        }
        if (!mayUse(jobName)) {
            return forbidden(jobName);
        }
        Map<String, String> parameters = parameters(jobName,
                JsonInput.parse(body == null || body.isBlank() ? "{}" : body, Language.of(headers)));
        parameters.put(JobParameters.STARTED_BY, security.getUserPrincipal().getName());
        return accepted(jobs.start(jobName, parameters));
    }

    @GET
    @Path("executions/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response execution(@PathParam("id") long id) {
        return jobs.execution(id)
                .map(execution -> mayUse(execution.jobName()) ? Response.ok(json(execution)).build()
                        : forbidden(execution.jobName()))
                .orElseGet(() -> executionNotFound(id));
    }

    @GET
    @Path("executions")
    @Produces(MediaType.APPLICATION_JSON)
    public Response recent(@QueryParam("job") @DefaultValue(JobParameters.PAYOUT_SETTLEMENT) String jobName) {
        if (!mayUse(jobName)) {
            return forbidden(jobName);
        }
        return Response.ok(new JobExecutionJson.Recent(jobs.recent(jobName, MAX_RECENT).stream().map(this::json)
                .toList())).build();
    }

    @POST
    @Path("executions/{id}/restart")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.FINANCE_NAME)
    @Produces(MediaType.APPLICATION_JSON)
    public Response restart(@PathParam("id") long id) {
        OptionalLong restarted = jobs.restart(id);
        return restarted.isPresent() ? accepted(restarted.getAsLong()) : executionNotFound(id);
    }

    @POST
    @Path("executions/{id}/stop")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.FINANCE_NAME)
    @Produces(MediaType.APPLICATION_JSON)
    public Response stop(@PathParam("id") long id) {
        return jobs.stop(id) ? accepted(id) : executionNotFound(id);
    }

    /** The parameters each job takes through the API; anything else in the body is ignored. */
    private Map<String, String> parameters(String jobName, JsonInput input) {
        Map<String, String> parameters = new HashMap<>();
        if (JobParameters.PAYOUT_SETTLEMENT.equals(jobName)) {
            putRunDate(input, parameters);
            input.optionalBoolean(JobParameters.DRY_RUN)
                    .ifPresent(dryRun -> parameters.put(JobParameters.DRY_RUN, dryRun.toString()));
        }
        if (JobParameters.ENROLLMENT_IMPORT.equals(jobName)) {
            String unitCode = input.requiredText(JobParameters.UNIT_CODE, "[A-Za-z0-9-]{1,32}");
            Integer fileId = input.requiredInt(JobParameters.FILE_ID, 1, Integer.MAX_VALUE);
            input.throwIfInvalid();
            parameters.put(JobParameters.UNIT_CODE, unitCode);
            parameters.put(JobParameters.FILE_ID, fileId.toString());
        }
        if (JobParameters.HARDSHIP_GRANT.equals(jobName)) {
            // Checked first, so an empty year with no error recorded means it was left out.
            Integer year = input.optionalInt(JobParameters.YEAR, 2000, 9999).orElse(null);
            if (year == null && input.isValid()) {
                input.reject(JobParameters.YEAR, null, "必填", "is required");
            }
            Optional<Money> asked = input.optionalMoney(JobParameters.BUDGET);
            if (asked.isPresent() && !asked.get().equals(asked.get().roundedDownToYuan())) {
                input.reject(JobParameters.BUDGET, null, "预算应为整元金额，如 \"60000.00\"",
                        "must be whole yuan, such as \"60000.00\"");
            }
            putRunDate(input, parameters);
            if (year != null && input.isValid()) {
                // the year's budget, when admin set one, is the default and the limit (409 beyond what is left)
                Optional<Money> budget = budgets.forRun(year, asked);
                if (budget.isEmpty()) {
                    input.reject(JobParameters.BUDGET, null, year + " 年未设帮扶预算，请填写本次预算",
                            "is required: no budget is set for " + year);
                }
                parameters.put(JobParameters.YEAR, year.toString());
                budget.ifPresent(amount -> parameters.put(JobParameters.BUDGET, amount.toPlainString()));
            }
        }
        if (JobParameters.PAYMENT_RETURN_IMPORT.equals(jobName)) {
            Optional<Integer> fileId = input.optionalInt(JobParameters.FILE_ID, 1, Integer.MAX_VALUE);
            if (fileId.isEmpty()) {
                input.reject(JobParameters.FILE_ID, null, "请先上传回盘文件", "is required: upload the return file first");
            } else if (paymentReturns.find(fileId.get()).isEmpty()) {
                input.reject(JobParameters.FILE_ID, null, "没有编号为 " + fileId.get() + " 的回盘文件，请先上传",
                        "there is no uploaded return file " + fileId.get());
            } else {
                parameters.put(JobParameters.FILE_ID, fileId.get().toString());
            }
        }
        input.throwIfInvalid();
        return parameters;
    }

    /**
     * A run date given to settlement or a grant run: today or a day before it (a run dated in the past settles what
     * was approved by then, and dates its payouts so), never a day to come, whose approvals and payouts do not exist.
     */
    private static void putRunDate(JsonInput input, Map<String, String> parameters) {
        input.optionalDate(JobParameters.RUN_DATE).ifPresent(date -> {
            LocalDate today = JobParameters.today();
            if (date.isAfter(today)) {
                input.reject(JobParameters.RUN_DATE, null, "运行日期不能晚于今天（" + today + "）",
                        "must not be after today (" + today + ", Asia/Shanghai)");
            } else {
                parameters.put(JobParameters.RUN_DATE, date.toString());
            }
        });
    }

    private JobExecutionJson json(JobExecutionView execution) {
        return JobExecutionJson.of(execution, paymentFiles.ofRun(execution.run()));
    }

    private static Response accepted(long executionId) {
        return Response.status(202).entity(new JobExecutionJson.Started(executionId)).build();
    }

    private boolean mayUse(String jobName) {
        return security.isUserInRole(Role.FINANCE_NAME) || CLERK_JOBS.contains(jobName);
    }

    private Response forbidden(String jobName) {
        return Problem.of(403, "forbidden-job", Language.of(headers).pick("经办人不能操作批处理 " + jobName,
                "a clerk may not use the job " + jobName), null).toResponse();
    }

    private Response executionNotFound(long id) {
        return notFound("no-such-execution", "没有编号为 " + id + " 的批处理执行", "there is no job execution " + id);
    }

    private Response notFound(String type, String messageZh, String messageEn) {
        return Problem.of(404, type, Language.of(headers).pick(messageZh, messageEn), null).toResponse();
    }
}

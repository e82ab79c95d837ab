package org.huzhu.interfaces.roster.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.huzhu.application.BatchJobs;
import org.huzhu.application.JobExecutionView;
import org.huzhu.application.JobParameters;
import org.huzhu.application.NotFound;
import org.huzhu.application.RosterImportQuery;
import org.huzhu.domain.model.user.Role;
import org.huzhu.infrastructure.roster.RejectsFile;
import org.huzhu.interfaces.rest.Language;

/**
 * {@code /imports/{executionId}}: what a run of enrollment-import did, counted across its restarts, and the
 * rows it did not import as a CSV or XLSX file. Any execution of the run answers for the whole run.
 */
@RequestScoped
@Path("imports/{executionId}")
@RolesAllowed({Role.CLERK_NAME, Role.FINANCE_NAME})
public class ImportsResource {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @EJB
    private BatchJobs jobs;

    @EJB
    private RosterImportQuery imports;

    @Context
    private HttpHeaders headers;

    /** A run as {@link #summary} answers it: the execution asked about, the run's status and its counts. */
    public record ImportJson(long executionId, long run, String status, String unitCode, long fileId, int membersCreated,
                             int membersUpdated, int enrolmentsCreated, int enrolmentsExisting, int rejected) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public ImportJson summary(@PathParam("executionId") long executionId) {
        JobExecutionView execution = execution(executionId);
        RosterImportQuery.Summary summary = imports.summary(execution.run()).orElseThrow(() -> notFound(executionId));
        return new ImportJson(executionId, execution.run(), execution.batchStatus(), summary.unitCode(), summary.fileId(),
                summary.membersCreated(), summary.membersUpdated(), summary.enrolmentsCreated(),
                summary.enrolmentsExisting(), summary.rejected());
    }

    @GET
    @Path("rejects.csv")
    @Produces("text/csv")
    public Response rejectsCsv(@PathParam("executionId") long executionId) {
        RosterImportQuery.Rejects rejects = rejects(executionId);
        return download(RejectsFile.csv(rejects.header(), rejects.lines()), "text/csv; charset=UTF-8", executionId, "csv");
    }

    @GET
    @Path("rejects.xlsx")
    @Produces(XLSX)
    public Response rejectsXlsx(@PathParam("executionId") long executionId) {
        RosterImportQuery.Rejects rejects = rejects(executionId);
        return download(RejectsFile.xlsx(rejects.header(), rejects.lines()), XLSX, executionId, "xlsx");
    }

    private RosterImportQuery.Rejects rejects(long executionId) {
        boolean english = Language.of(headers).pick("zh", "en").equals("en");
        return imports.rejects(execution(executionId).run(), english).orElseThrow(() -> notFound(executionId));
    }

    private JobExecutionView execution(long executionId) {
        return jobs.execution(executionId)
                .filter(execution -> JobParameters.ENROLLMENT_IMPORT.equals(execution.jobName()))
                .orElseThrow(() -> notFound(executionId));
    }

    private static Response download(byte[] file, String contentType, long executionId, String extension) {
        return Response.ok(file, contentType)
                .header("Content-Disposition", "attachment; filename=\"rejects-" + executionId + "."
                        + extension + "\"")
                .build();
    }

    private static NotFound notFound(long executionId) {
        return new NotFound("没有编号为 " + executionId + " 的名单导入", "there is no roster import " + executionId);
    }
}

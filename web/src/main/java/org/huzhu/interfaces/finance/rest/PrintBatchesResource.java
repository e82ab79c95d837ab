package org.huzhu.interfaces.finance.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Optional;
import org.huzhu.application.BatchJobs;
import org.huzhu.application.JobExecutionView;
import org.huzhu.application.PrintBatches;
import org.huzhu.domain.model.user.Role;
import org.huzhu.interfaces.labels.rest.LabelsResource;
import org.huzhu.interfaces.rest.Language;
import org.huzhu.interfaces.rest.Problem;

/**
 * {@code /jobs/executions/{id}/print-batches}: after a settlement or grant run, finance downloads per unit one PDF
 * of the run's letters to print and hand out (SPEC.md §12). An execution of another job has none: 404, as an
 * unknown one.
 */
@RequestScoped
@Path("jobs/executions/{id}/print-batches")
@RolesAllowed(Role.FINANCE_NAME)
public class PrintBatchesResource {

    static final String PDF = "application/pdf";

    @EJB
    private BatchJobs jobs;

    @EJB
    private PrintBatches printBatches;

    @Inject
    private LabelsResource labels;

    @Context
    private HttpHeaders headers;

    /** {@code [{unitCode, unitName, letters}]}, by unit code. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response units(@PathParam("id") long id) {
        return runWithLetters(id).map(execution -> Response.ok(printBatches.of(execution)).build())
                .orElseGet(() -> notFound(id));
    }

    /** Streamed as it is assembled: a batch of thousands of letters is hundreds of MB. */
    @GET
    @Path("{unitCode}.pdf")
    @Produces(PDF)
    public Response pdf(@PathParam("id") long id, @PathParam("unitCode") String unitCode) {
        Optional<JobExecutionView> execution = runWithLetters(id);
        if (execution.isEmpty()) {
            return notFound(id);
        }
        String jobWord = labels.labels().job().getOrDefault(execution.get().jobName(), execution.get().jobName());
        return printBatches.cover(execution.get(), jobWord, unitCode)
                .map(cover -> Response.ok((StreamingOutput) out -> printBatches.write(cover, out), PDF)
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName(id, unitCode) + "\"")
                        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                        .build())
                .orElseGet(() -> Problem.of(404, "no-such-print-batch", Language.of(headers).pick(
                        "执行 " + id + " 没有单位 " + unitCode + " 的通知书",
                        "execution " + id + " issued no letter to unit " + unitCode), null).toResponse());
    }

    private Optional<JobExecutionView> runWithLetters(long id) {
        return jobs.execution(id).filter(PrintBatches::issuesLetters);
    }

    /** A unit code is letters, digits and hyphens; anything else would not belong in a header. */
    private static String fileName(long id, String unitCode) {
        return "print-batch-" + id + "-" + unitCode.replaceAll("[^A-Za-z0-9-]", "_") + ".pdf";
    }

    private Response notFound(long id) {
        return Problem.of(404, "no-such-run", Language.of(headers).pick("没有编号为 " + id + " 的结算或帮扶发放执行",
                "there is no settlement or grant run execution " + id), null).toResponse();
    }
}

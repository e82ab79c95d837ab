package org.huzhu.interfaces.finance.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.file.Files;
import org.huzhu.application.PaymentFiles;
import org.huzhu.domain.model.user.Role;
import org.huzhu.interfaces.rest.Language;
import org.huzhu.interfaces.rest.Problem;

/** {@code GET /payment-files/{id}}: finance downloads a run's payment file for the bank, as it was written. */
@RequestScoped
@Path("payment-files")
@RolesAllowed(Role.FINANCE_NAME)
public class PaymentFilesResource {

    static final String CSV = "text/csv; charset=UTF-8";

    @EJB
    private PaymentFiles paymentFiles;

    @Context
    private HttpHeaders headers;

    @GET
    @Path("{id}")
    public Response download(@PathParam("id") long id) {
        return paymentFiles.find(id)
                .filter(file -> file.sha256() != null)
                .map(file -> {
                    java.nio.file.Path location = paymentFiles.location(file);
                    return Files.isRegularFile(location)
                            ? Response.ok(location.toFile(), CSV)
                                    .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
                                    .header("X-Content-SHA256", file.sha256())
                                    .build()
                            : null;
                })
                .orElseGet(() -> Problem.of(404, "no-such-payment-file",
                        Language.of(headers).pick("没有编号为 " + id + " 的付款文件", "there is no payment file " + id),
                        null).toResponse());
    }
}

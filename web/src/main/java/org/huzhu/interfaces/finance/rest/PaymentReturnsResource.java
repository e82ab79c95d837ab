package org.huzhu.interfaces.finance.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import org.huzhu.application.NotFound;
import org.huzhu.application.PaymentReturns;
import org.huzhu.application.UploadedFiles;
import org.huzhu.domain.model.user.Role;
import org.huzhu.interfaces.rest.Language;
import org.huzhu.interfaces.rest.LimitedUpload;
import org.huzhu.interfaces.rest.Problem;
import org.huzhu.interfaces.rest.StoredFileAnswer;
import org.huzhu.interfaces.rest.Uploads;

/**
 * Finance's side of the bank's answer (SPEC.md §4, §6): {@code POST /return-files} uploads a return file (multipart
 * {@code file}) for the {@code payment-return-import} job, {@code GET /return-files/{id}} shows what the import made
 * of it, {@code POST /payouts/{id}/requeue} sends a failed payment again.
 * <p>
 * Return files have their own upload and table, not {@code POST /files}: the table also records the import's outcome.
 */
@RequestScoped
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.FINANCE_NAME)
public class PaymentReturnsResource {

    @EJB
    private PaymentReturns paymentReturns;

    @Context
    private SecurityContext security;

    @Context
    private HttpHeaders headers;

    @POST
    @Path("return-files")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @LimitedUpload
    public Response upload(@FormParam("file") EntityPart file) throws IOException {
        Language language = Language.of(headers);
        Uploads.requireFile(file, language);
        byte[] content;
        try (InputStream in = file.getContent()) {
            content = in.readNBytes(PaymentReturns.MAX_BYTES + 1);
        }
        if (content.length > PaymentReturns.MAX_BYTES) {
            return Problem.of(413, "file-too-large", language.pick("回盘文件超过 5 MB", "the file is larger than 5 MB"),
                    null).toResponse();
        }
        UploadedFiles.StoredFile stored = paymentReturns.store(Uploads.fileName(file, "return.csv"), content,
                security.getUserPrincipal().getName());
        return Response.status(201).entity(StoredFileAnswer.of(stored)).build();
    }

    @GET
    @Path("return-files/{id}")
    public ReturnFileAnswer returnFile(@PathParam("id") long id) {
        return ReturnFileAnswer.of(paymentReturns.find(id)
                .orElseThrow(() -> new NotFound("没有编号为 " + id + " 的回盘文件", "there is no return file " + id)));
    }

    @POST
    @Path("payouts/{id}/requeue")
    @Consumes(MediaType.APPLICATION_JSON)
    public RequeueAnswer requeue(@PathParam("id") long id) {
        return RequeueAnswer.of(paymentReturns.requeue(id, security.getUserPrincipal().getName()));
    }
}

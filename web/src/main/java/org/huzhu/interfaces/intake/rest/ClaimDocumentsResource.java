package org.huzhu.interfaces.intake.rest;

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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.huzhu.application.ClaimService;
import org.huzhu.application.NotFound;
import org.huzhu.domain.model.claim.ScanType;
import org.huzhu.domain.model.plan.DocumentCode;
import org.huzhu.domain.model.user.Role;
import org.huzhu.interfaces.rest.JsonInput;
import org.huzhu.interfaces.rest.Language;
import org.huzhu.interfaces.rest.LimitedUpload;
import org.huzhu.interfaces.rest.Problem;
import org.huzhu.interfaces.rest.Uploads;

/** Scans attached to a claim: PDF, JPEG or PNG by content, at most 10 MB (larger is 413). */
@RequestScoped
@Path("claims/{claimNo}/documents")
public class ClaimDocumentsResource {

    @EJB
    private ClaimService claims;

    @Context
    private SecurityContext security;

    @Context
    private HttpHeaders headers;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.CLERK_NAME)
    // A scan of 10 MB and its form: the scan's own limit below answers first, with its own message.
    @LimitedUpload(megabytes = 11)
    public Response attach(@PathParam("claimNo") String claimNo, @FormParam("code") String code,
                           @FormParam("file") EntityPart file) throws IOException {
        Language language = Language.of(headers);
        JsonInput input = JsonInput.parse("{}", language);
        DocumentCode document = code == null ? null : input.enumValue("code", code.strip(), DocumentCode.class);
        if (code == null) {
            input.reject("code", null, "必填", "is required");
        }
        if (file == null) {
            input.reject("file", null, "请选择文件", "is required");
        }
        input.throwIfInvalid();
        byte[] content;
        try (InputStream in = file.getContent()) {
            content = in.readNBytes(ScanType.MAX_BYTES + 1);
        }
        if (content.length > ScanType.MAX_BYTES) {
            return Problem.of(413, "file-too-large", language.pick("文件超过 10 MB", "the file is larger than 10 MB"), null)
                    .toResponse();
        }
        String fileName = Uploads.fileName(file, document.name());
        ClaimService.DocumentView stored = claims.attach(claimNo, document, fileName, content,
                security.getUserPrincipal().getName());
        return Response.status(201)
                .entity(new ClaimAnswers.Attached(stored.id(), stored.sha256(), stored.contentType())).build();
    }

    @GET
    @Path("{documentId}")
    @RolesAllowed({Role.CLERK_NAME, Role.REVIEWER_NAME, Role.FINANCE_NAME, Role.MEMBER_NAME})
    public Response download(@PathParam("claimNo") String claimNo, @PathParam("documentId") long documentId) {
        ClaimService.DocumentFile file = claims.document(claimNo, documentId, ClaimViewers.of(security))
                .orElseThrow(() -> new NotFound("文件不存在", "no such document"));
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", "inline; filename*=UTF-8''"
                        + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}

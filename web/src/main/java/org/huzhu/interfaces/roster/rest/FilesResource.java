package org.huzhu.interfaces.roster.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.huzhu.application.UploadedFiles;
import org.huzhu.domain.model.user.Role;
import org.huzhu.interfaces.rest.Language;
import org.huzhu.interfaces.rest.LimitedUpload;
import org.huzhu.interfaces.rest.StoredFileAnswer;
import org.huzhu.interfaces.rest.Uploads;

/** {@code POST /files}: a file for a job to read (SPEC.md §9), multipart {@code file}, at most 20 MB (larger is 413). */
@RequestScoped
@Path("files")
@RolesAllowed({Role.CLERK_NAME, Role.FINANCE_NAME})
public class FilesResource {

    private static final int MEGABYTES = UploadedFiles.MAX_BYTES / (1024 * 1024);

    @EJB
    private UploadedFiles files;

    @Context
    private SecurityContext security;

    @Context
    private HttpHeaders headers;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @LimitedUpload(megabytes = MEGABYTES)
    public Response upload(@FormParam("file") EntityPart file) {
        Language language = Language.of(headers);
        Uploads.requireFile(file, language);
        byte[] content = Uploads.read(file.getContent(), UploadedFiles.MAX_BYTES, language);
        UploadedFiles.StoredFile stored = files.store(Uploads.fileName(file, "roster"), content,
                security.getUserPrincipal().getName());
        return Response.status(201).entity(StoredFileAnswer.of(stored)).build();
    }
}

package org.huzhu.interfaces.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Uploaded files: at most what the method's {@link LimitedUpload} says, 10 MB unless more, and never more
 * than {@value #MAX_BYTES} bytes, WildFly's own limit for a request body (Undertow's max-post-size). A request that announces a larger body is answered 413 before a
 * byte of it is read, which matters for multipart bodies that RESTEasy parses before the resource
 * method runs; a body without a length is counted as it is read.
 */
@Provider
@LimitedUpload
public class Uploads implements ContainerRequestFilter {

    public static final int MAX_BYTES = 20 * 1024 * 1024;
    private static final int MEGABYTE = 1024 * 1024;
    /**
     * Characters of an uploaded file's name that could break out of a path, a page or a header, and control
     * characters (the database refuses a NUL).
     */
    private static final Pattern UNSAFE_IN_NAME = Pattern.compile("[\\\\/<>\"\\p{Cntrl}]");

    @Context
    private ResourceInfo resource;
    private static final int NEAR_LIMIT = 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        int limit = limitOf(resource.getResourceMethod().getAnnotation(LimitedUpload.class));
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > limit) {
            request.abortWith(tooLarge(limit, Language.of(request.getAcceptableLanguages())));
        }
    }

    /** The whole upload of at most 10 MB, or a 413 or 400 problem when it is too large or breaks off. */
    public static byte[] read(InputStream in, Language language) {
        return read(in, limitOf(null), language);
    }

    /** The whole upload of at most {@code limit} bytes, or a 413 or 400 problem when it is too large or breaks off. */
    public static byte[] read(InputStream in, int limit, Language language) {
        byte[] buffer = new byte[64 * 1024];
        int length = 0;
        try (in) {
            int read;
            while ((read = in.read(buffer, length, buffer.length - length)) != -1) {
                length += read;
                if (length > limit) {
                    throw new WebApplicationException(tooLarge(limit, language));
                }
                if (length == buffer.length) {
                    buffer = Arrays.copyOf(buffer, Math.min(buffer.length * 2, limit + 1));
                }
            }
            return Arrays.copyOf(buffer, length);
        } catch (IOException e) {
            // WildFly cuts off a body beyond its own limit with an IOException, so one that breaks
            // off close to the limit was too large; one that breaks off earlier was interrupted.
            throw new WebApplicationException(length >= MAX_BYTES - NEAR_LIMIT ? tooLarge(limit, language)
                    : Problem.of(400, "upload-incomplete", language.pick("上传中断，文件未完整收到", "the upload broke off"),
                            null).toResponse());
        }
    }

    /** A 400 problem naming the form's {@code file} field when the form has no file. */
    public static void requireFile(EntityPart file, Language language) {
        if (file == null) {
            JsonInput input = JsonInput.parse("{}", language);
            input.reject("file", null, "请选择文件", "is required");
            input.throwIfInvalid();
        }
    }

    /** The name the uploaded part gives, with characters unsafe in a path or a page replaced; {@code fallback} if none. */
    public static String fileName(EntityPart file, String fallback) {
        return UNSAFE_IN_NAME.matcher(file.getFileName().orElse(fallback)).replaceAll("_");
    }

    private static int limitOf(LimitedUpload annotation) {
        return Math.min(MAX_BYTES, (annotation == null ? 10 : annotation.megabytes()) * MEGABYTE);
    }

    private static Response tooLarge(int limit, Language language) {
        int megabytes = limit / MEGABYTE;
        return Problem.of(413, "upload-too-large", ErrorTexts.forStatus(413),
                language.pick("文件不能超过 " + megabytes + " MB", "the file must not exceed " + megabytes + " MB")).toResponse();
    }
}

package org.huzhu.interfaces.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Request bodies of every method that takes no file (JSON, in Huzhu) are at most {@value #MAX_BYTES} bytes
 * (SPEC.md §14): a request that announces more is answered 413 before a byte is read, and a body without a
 * length (chunked) is counted while it is read, so that a client cannot make the server buffer megabytes of
 * JSON by leaving the length out. Methods marked {@link LimitedUpload} have their own limit in {@link Uploads}.
 */
@Provider
public class JsonBodies implements ContainerRequestFilter {

    public static final int MAX_BYTES = 64 * 1024;

    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (resource.getResourceMethod() == null || resource.getResourceMethod().isAnnotationPresent(LimitedUpload.class)) {
            return;
        }
        Language language = Language.of(request.getAcceptableLanguages());
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > MAX_BYTES) {
            request.abortWith(tooLarge(language));
            return;
        }
        if (request.hasEntity()) {
            request.setEntityStream(new CountedStream(request.getEntityStream(), language));
        }
    }

    private static jakarta.ws.rs.core.Response tooLarge(Language language) {
        return Problem.of(413, "body-too-large", ErrorTexts.forStatus(413, language),
                language.pick("请求内容不能超过 64 KB", "the request body must not exceed 64 KB")).toResponse();
    }

    /** Refuses the body at the first byte past the limit, wherever RESTEasy happens to be reading it. */
    private static final class CountedStream extends FilterInputStream {

        private final Language language;
        private long count;

        CountedStream(InputStream in, Language language) {
            super(in);
            this.language = language;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                counted(read);
            }
            return read;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            counted(skipped);
            return skipped;
        }

        private void counted(long bytes) {
            count += bytes;
            if (count > MAX_BYTES) {
                throw new WebApplicationException(tooLarge(language));
            }
        }
    }
}

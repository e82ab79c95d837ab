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
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Request bodies of every method that takes no file (JSON, in Huzhu) are at most {@value #MAX_BYTES} bytes
 * (SPEC.md §14): a request that announces more is answered 413 before a byte is read, and a body without a
 * length (chunked) is counted while it is read, so that a client cannot make the server buffer megabytes of
 * JSON by leaving the length out; such a body must be UTF-8 (SPEC.md §11), checked as it is read too. Methods
 * marked {@link LimitedUpload} have their own limit in {@link Uploads}.
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

    private static jakarta.ws.rs.core.Response notUtf8(Language language) {
        return Problem.of(400, "invalid-input", ErrorTexts.forStatus(400, language),
                language.pick("请求内容不是有效的 UTF-8 文本", "the request body is not valid UTF-8")).toResponse();
    }

    /**
     * Refuses the body at the first byte past the limit, and at the first byte that is not UTF-8 (RESTEasy would
     * read it as a replacement character, and a body that was garbled on its way would pass for a valid one),
     * wherever RESTEasy happens to be reading it.
     */
    private static final class CountedStream extends FilterInputStream {

        private final Language language;
        private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        /** The start of a character that the next read completes (at most three bytes). */
        private byte[] carried = new byte[0];
        private final CharBuffer decoded = CharBuffer.allocate(4 * 1024);
        private long count;
        private boolean ended;

        CountedStream(InputStream in, Language language) {
            super(in);
            this.language = language;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int read = read(one, 0, 1);
            return read < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                count += read;
                if (count > MAX_BYTES) {
                    throw new WebApplicationException(tooLarge(language));
                }
                decode(buffer, offset, read, false);
            } else if (read < 0 && !ended) {
                ended = true;
                decode(buffer, offset, 0, true);
            }
            return read;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] skipped = new byte[(int) Math.min(n, 8 * 1024)];
            return Math.max(read(skipped, 0, skipped.length), 0);
        }

        private void decode(byte[] buffer, int offset, int length, boolean atEnd) {
            ByteBuffer bytes = ByteBuffer.allocate(carried.length + length).put(carried).put(buffer, offset, length).flip();
            CoderResult result;
            do {
                decoded.clear();
                result = utf8.decode(bytes, decoded, atEnd);
            } while (result.isOverflow());
            carried = new byte[bytes.remaining()];
            bytes.get(carried);
            if (result.isError() || atEnd && carried.length > 0) {
                throw new WebApplicationException(notUtf8(language));
            }
        }
    }
}

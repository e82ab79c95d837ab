package org.huzhu.interfaces.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Any API request that announces a body larger than an upload may be (with room for the parts'
 * headers of a multipart body) is answered 413 before a byte of it is read, whatever the resource.
 * A body without a length that runs past WildFly's limit is answered 413 by
 * {@link UnexpectedErrorMapper}; uploads have their own, exact limit in {@link Uploads}.
 */
@Provider
@PreMatching
public class OversizeBodies implements ContainerRequestFilter {

    public static final long MAX_REQUEST_BYTES = Uploads.MAX_BYTES + 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > MAX_REQUEST_BYTES) {
            Language language = Language.of(request.getAcceptableLanguages());
            request.abortWith(Problem.of(413, "body-too-large", ErrorTexts.forStatus(413, language),
                    language.pick("请求内容不能超过 11 MB", "the request must not exceed 11 MB")).toResponse());
        }
    }
}

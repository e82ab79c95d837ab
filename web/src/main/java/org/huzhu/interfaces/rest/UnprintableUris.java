package org.huzhu.interfaces.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/**
 * A path or query parameter that decodes to a control character ({@code %00}, {@code %0D%0A}, {@code %1B}) is
 * answered 400 before any resource sees it: no claim, member or letter number holds one, and a NUL would reach
 * PostgreSQL, which refuses it with an error that used to be a 500.
 */
@Provider
@PreMatching
public class UnprintableUris implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        UriInfo uri = request.getUriInfo();
        boolean unprintable = uri.getPathSegments(true).stream().anyMatch(segment -> hasControl(segment.getPath()))
                || uri.getQueryParameters(true).entrySet().stream().anyMatch(UnprintableUris::hasControl);
        if (unprintable) {
            Language language = Language.of(request.getAcceptableLanguages());
            request.abortWith(Problem.of(400, "invalid-input", ErrorTexts.forStatus(400, language),
                    language.pick("地址中含有控制字符", "the address contains control characters")).toResponse());
        }
    }

    private static boolean hasControl(Map.Entry<String, List<String>> parameter) {
        return hasControl(parameter.getKey()) || parameter.getValue().stream().anyMatch(UnprintableUris::hasControl);
    }

    private static boolean hasControl(String text) {
        return text.chars().anyMatch(Character::isISOControl);
    }
}

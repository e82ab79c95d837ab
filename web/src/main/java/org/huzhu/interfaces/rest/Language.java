package org.huzhu.interfaces.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** The language of messages for a caller: Chinese unless the caller asks for English first. */
public enum Language {
    ZH, EN;

    public static Language of(HttpHeaders headers) {
        return of(headers.getAcceptableLanguages());
    }

    /** For a servlet, whose request answers the server's own locale when the caller named none. */
    public static Language of(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null ? ZH : of(Collections.list(request.getLocales()));
    }

    /** From the Accept-Language list, most wanted first. */
    public static Language of(List<Locale> acceptableLanguages) {
        for (Locale locale : acceptableLanguages) {
            if ("en".equals(locale.getLanguage())) {
                return EN;
            }
            if ("zh".equals(locale.getLanguage())) {
                return ZH;
            }
        }
        return ZH;
    }

    public String pick(String chinese, String english) {
        return this == EN ? english : chinese;
    }
}

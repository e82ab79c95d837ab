package org.huzhu.interfaces.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import org.huzhu.interfaces.rest.Language;
import org.huzhu.interfaces.rest.Problem;

/**
 * Refuses requests that change something on behalf of a signed-in browser without proof that one of
 * Huzhu's own pages sent them (SPEC.md §14). A browser attaches the session cookie to whatever any site
 * sends, and a plain form on another site can POST {@code text/plain}, {@code multipart/form-data} or
 * {@code application/x-www-form-urlencoded} to Huzhu without asking; it cannot add a header of its own
 * without a CORS preflight, which Huzhu never grants. So:
 * <ul>
 * <li>a state-changing request that a browser marks as sent from another site ({@code Sec-Fetch-Site}) or
 * another origin ({@code Origin}) is refused, however it is authenticated: a browser may also hold Basic
 * credentials that it sends by itself;</li>
 * <li>a state-changing request of a signed-in user that carries no {@code Authorization} header, so is
 * authenticated by the session cookie, must carry {@value #PROOF_HEADER}: {@value #PROOF_VALUE}, which the
 * pages' script sends with every call ({@code js/huzhu.js}).</li>
 * </ul>
 * API clients (HTTP Basic, tokens) send no cookie and no {@code Sec-Fetch-Site}, so nothing changes for them.
 * The login form is checked before this filter could see it (WEB-INF/undertow-handlers.conf).
 */
public class CrossSiteRequests extends HttpFilter {

    private static final long serialVersionUID = 1L;

    public static final String PROOF_HEADER = "X-Huzhu-Request";
    public static final String PROOF_VALUE = "page";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    /** What a browser says of a request its user started here, or typed or bookmarked ({@code none}). */
    private static final Set<String> OWN_FETCH_SITES = Set.of("same-origin", "none");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE_METHODS.contains(request.getMethod())) {
            chain.doFilter(request, response);
        } else if (sentFromAnotherSite(request)) {
            refuse(request, response, "请求来自其他网站，已拒绝", "the request came from another site and was refused");
        } else if (authenticatedByCookie(request) && !PROOF_VALUE.equals(request.getHeader(PROOF_HEADER))) {
            refuse(request, response, "请求不是由互助的页面发出的，已拒绝；请在互助的页面上操作",
                    "the request did not come from Huzhu's own pages and was refused; use the pages");
        } else {
            chain.doFilter(request, response);
        }
    }

    private static boolean sentFromAnotherSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && !OWN_FETCH_SITES.contains(fetchSite)) {
            return true;
        }
        // Huzhu's pages send "Origin: null" (their Referrer-Policy is no-referrer), as do sandboxed frames:
        // that says nothing either way. Only the host is compared, since a TLS-terminating proxy changes
        // the scheme the server sees.
        String origin = request.getHeader("Origin");
        return origin != null && !"null".equals(origin) && !sameHost(origin, request.getHeader("Host"));
    }

    private static boolean sameHost(String origin, String host) {
        try {
            return host != null && host.equalsIgnoreCase(URI.create(origin).getRawAuthority());
        } catch (IllegalArgumentException notAnOrigin) {
            return false;
        }
    }

    private static boolean authenticatedByCookie(HttpServletRequest request) {
        return request.getUserPrincipal() != null && request.getHeader("Authorization") == null;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String chinese, String english)
            throws IOException {
        Language language = Language.of(request);
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType(Problem.MEDIA_TYPE.toString());
        response.getWriter().write(Problem.of(HttpServletResponse.SC_FORBIDDEN, "cross-site-request",
                language.pick(chinese, english), null).toJson());
    }
}

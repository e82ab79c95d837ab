package org.huzhu.interfaces.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every answer, pages and API alike, error pages included. The pages load
 * scripts, styles and images only from Huzhu itself ({@code /huzhu/js}, {@code /huzhu/css},
 * {@code /huzhu/webjars} for ECharts) and have no inline scripts, so the policy allows no
 * {@code 'unsafe-inline'} script. Styles allow inline style attributes: ECharts writes them into
 * the tooltips it draws; no page or script of Huzhu's own needs them.
 * <p>
 * An answer over HTTPS tells the browser to use nothing but HTTPS for this host for a year (HSTS). Not over
 * plain HTTP, where the header means nothing (RFC 6797) and a developer's {@code ./huzhu start} serves
 * the pages too; not for subdomains, which the union's other sites may be, nor preloaded. Declared in
 * web.xml, first, so that every answer, refusals of later filters included, carries these headers.
 */
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    public static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    public static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            // Answers carry personal data and letters: not for shared caches or the browser's history.
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}

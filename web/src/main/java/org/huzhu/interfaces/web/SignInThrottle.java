package org.huzhu.interfaces.web;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.huzhu.interfaces.rest.Language;
import org.huzhu.interfaces.rest.Problem;

/**
 * Sign-in attempts per client address (SPEC.md §1: repeated failed sign-ins are slowed down), in front of
 * WildFly's authentication so that every way of signing in is counted: the login form
 * ({@code POST j_security_check}), HTTP Basic, API tokens and sign-in codes ({@code POST /api/v1/sign-in}). A
 * failure is a form post or Basic header that did not authenticate, or a Bearer token or code answered 401. Once
 * an address has failed too often it gets 429 with {@code Retry-After} for any further attempt until its window
 * ends; requests of sessions already signed in carry no credentials and go on. WildFly's own lockout per account
 * (configure-security.cli) works beside this one.
 * <p>
 * Requests for a sign-in code ({@code POST /api/v1/sign-in/code}) are counted apart, each one whatever its
 * answer, as each may send a text message: an address that asked too often gets 429 too. That refusal depends
 * on the address only, never on the number asked for, so it tells nothing about which numbers are on record.
 */
final class SignInThrottle implements HttpHandler {

    private static final Logger LOG = Logger.getLogger(SignInThrottle.class.getName());
    private static final String FORM_ACTION = "/j_security_check";
    private static final String CODE_SIGN_IN = "/api/v1/sign-in";
    private static final String CODE_REQUEST = CODE_SIGN_IN + "/code";

    enum Attempt { NONE, FORM, BASIC, BEARER, CODE, CODE_REQUEST }

    private final HttpHandler next;
    private final FailedSignIns failures;
    private final FailedSignIns codeRequests;

    SignInThrottle(HttpHandler next, FailedSignIns failures, FailedSignIns codeRequests) {
        this.next = next;
        this.failures = failures;
        this.codeRequests = codeRequests;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        Attempt attempt = attemptOf(exchange);
        if (attempt == Attempt.NONE) {
            next.handleRequest(exchange);
            return;
        }
        String address = exchange.getSourceAddress().getAddress().getHostAddress();
        FailedSignIns counted = attempt == Attempt.CODE_REQUEST ? codeRequests : failures;
        Duration wait = counted.waitFor(address, Instant.now());
        if (!wait.isZero()) {
            refuse(exchange, wait, attempt);
            return;
        }
        // At commit, before the client has any byte of the answer: its next attempt already sees this one.
        exchange.addResponseCommitListener(committed -> {
            if (attempt == Attempt.CODE_REQUEST || failed(committed, attempt)) {
                counted.recordFailure(address, Instant.now());
            }
        });
        next.handleRequest(exchange);
    }

    static Attempt attemptOf(HttpServerExchange exchange) {
        String authorization = exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION);
        if (authorization != null) {
            String scheme = authorization.strip().toLowerCase(Locale.ROOT);
            if (scheme.startsWith("basic ")) {
                return Attempt.BASIC;
            }
            if (scheme.startsWith("bearer ")) {
                return Attempt.BEARER;
            }
        }
        if (!Methods.POST.equals(exchange.getRequestMethod())) {
            return Attempt.NONE;
        }
        String path = exchange.getRelativePath();
        if (path.endsWith(FORM_ACTION)) {
            return Attempt.FORM;
        }
        if (path.endsWith(CODE_SIGN_IN)) {
            return Attempt.CODE;
        }
        return path.endsWith(CODE_REQUEST) ? Attempt.CODE_REQUEST : Attempt.NONE;
    }

    private static boolean failed(HttpServerExchange exchange, Attempt attempt) {
        if (attempt == Attempt.BEARER || attempt == Attempt.CODE) {
            return exchange.getStatusCode() == 401;
        }
        return exchange.getSecurityContext() == null || !exchange.getSecurityContext().isAuthenticated();
    }

    private static void refuse(HttpServerExchange exchange, Duration wait, Attempt attempt) {
        String acceptLanguage = exchange.getRequestHeaders().getFirst(Headers.ACCEPT_LANGUAGE);
        Language language = acceptLanguage == null ? Language.ZH
                : Language.of(List.of(Locale.forLanguageTag(acceptLanguage.split("[,;]")[0].strip())));
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        boolean codeRequest = attempt == Attempt.CODE_REQUEST;
        String body = (String) Problem.of(429, codeRequest ? "too-many-code-requests" : "too-many-sign-ins",
                codeRequest ? language.pick("获取验证码过于频繁，请 " + seconds + " 秒后再试",
                        "too many codes asked for: try again in " + seconds + " s")
                        : language.pick("登录失败次数过多，请 " + seconds + " 秒后再试",
                        "too many failed sign-ins: try again in " + seconds + " s"),
                null).toResponse().getEntity();
        LOG.warning(() -> "sign-in attempts from one address refused for " + seconds + " s: " + attempt);
        exchange.setStatusCode(429);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, Problem.MEDIA_TYPE.toString());
        exchange.getResponseHeaders().put(Headers.RETRY_AFTER, Long.toString(seconds));
        exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
        exchange.getResponseSender().send(body, StandardCharsets.UTF_8);
    }
}

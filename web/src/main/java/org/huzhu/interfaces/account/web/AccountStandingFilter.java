package org.huzhu.interfaces.account.web;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Collections;
import java.util.Optional;
import org.huzhu.application.AccountService;
import org.huzhu.application.AccountService.Standing;
import org.huzhu.domain.model.user.PasswordState;
import org.huzhu.interfaces.rest.Language;
import org.huzhu.interfaces.rest.Problem;

/**
 * What a signed-in person may do depends on their account as it is now, not as it was when they signed in:
 * <ul>
 *   <li>a disabled account's session ends at its next request (401);</li>
 *   <li>an issued password lets its holder only replace it: {@code GET /api/v1/me} and
 *       {@code POST /api/v1/me/password} answer, every other API request is a 403 saying so, and every page
 *       but the password page redirects to it;</li>
 *   <li>an issued password past its days (huzhu.password.issued.days) signs in to nothing (401; the pages
 *       go back to the login form): only an admin's reset helps then.</li>
 * </ul>
 * The password rules hold for sessions that the password made: a member who signed in with a code sent to
 * their phone ({@link #SIGNED_IN_BY_CODE}) did not use it.
 * Accounts only: an API token's principal is set later, by JAX-RS, and is not an account.
 */
@WebFilter(urlPatterns = {"/api/*", "/app/*"})
public class AccountStandingFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String API = "/api/v1/";
    private static final String PASSWORD_PAGE = "/app/password.html";

    /** Session attribute of a session made by a sign-in code: the user name it signed in (SignInResource). */
    public static final String SIGNED_IN_BY_CODE = "huzhu.signedInByCode";

    @EJB
    private AccountService accountService;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal principal = request.getUserPrincipal();
        Optional<Standing> standing = principal == null ? Optional.empty() : accountService.standing(principal.getName());
        if (standing.isEmpty() || (standing.get().enabled()
                && (standing.get().password() == PasswordState.CHOSEN || signedInByCode(request, principal)))) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean api = path.startsWith(API);
        if (!standing.get().enabled() || standing.get().password() == PasswordState.ISSUED_EXPIRED) {
            signOut(request);
            if (api) {
                boolean disabled = !standing.get().enabled();
                refuse(request, response, 401, disabled ? "account-disabled" : "issued-password-expired",
                        disabled ? "账户已停用" : "发放的初始密码已过期，请联系管理员重置密码",
                        disabled ? "this account is disabled" : "the issued password has expired: ask an admin to reset it");
            } else {
                response.sendRedirect(request.getContextPath() + "/login.html?error=" + (standing.get().enabled() ? "expired" : "disabled"));
            }
            return;
        }
        if (isPasswordChange(request, path)) {
            chain.doFilter(request, response);
        } else if (api) {
            refuse(request, response, 403, "issued-password",
                    "您正在使用发放的初始密码，只能修改密码：请先通过 POST /api/v1/me/password 或“修改密码”页面设置新密码",
                    "you are signed in with an issued password, which only lets you change it: set your own with "
                            + "POST /api/v1/me/password or the password page first");
        } else {
            response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
        }
    }

    private static boolean signedInByCode(HttpServletRequest request, Principal principal) {
        HttpSession session = request.getSession(false);
        return session != null && principal.getName().equals(session.getAttribute(SIGNED_IN_BY_CODE));
    }

    /** What an issued password is for: reading who one is, and choosing a password of one's own on the password page. */
    private static boolean isPasswordChange(HttpServletRequest request, String path) {
        return switch (path) {
            case API + "me" -> "GET".equals(request.getMethod());
            case API + "me/password" -> "POST".equals(request.getMethod());
            case PASSWORD_PAGE -> true;
            default -> false;
        };
    }

    private static void signOut(HttpServletRequest request) throws ServletException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String type,
                               String messageZh, String messageEn) throws IOException {
        // Without Accept-Language the servlet container offers its own locale: Chinese is Huzhu's default.
        Language language = request.getHeader("Accept-Language") == null
                ? Language.ZH : Language.of(Collections.list(request.getLocales()));
        String body = (String) Problem.of(status, type, language.pick(messageZh, messageEn), null).toResponse().getEntity();
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE.toString());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(body);
    }
}

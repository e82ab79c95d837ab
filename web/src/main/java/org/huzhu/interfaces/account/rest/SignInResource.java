package org.huzhu.interfaces.account.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.logging.Logger;
import org.huzhu.application.AccountService;
import org.huzhu.application.CodeSignIn;
import org.huzhu.domain.model.shared.InvalidValueException;
import org.huzhu.domain.model.shared.MobilePhone;
import org.huzhu.interfaces.account.web.AccountStandingFilter;
import org.huzhu.interfaces.rest.JsonInput;
import org.huzhu.interfaces.rest.Language;
import org.huzhu.interfaces.rest.Problem;

/**
 * Sign-in with a code sent to the member's phone (SPEC.md §12), open to anyone: {@code POST /sign-in/code {phone}}
 * is 202 whether or not a code went out, and {@code POST /sign-in {phone, code}} makes the same session the login
 * form makes (docs/members-signin.md). Per-address limits are {@code SignInThrottle}'s, before this resource.
 */
@RequestScoped
@Path("sign-in")
@PermitAll
public class SignInResource {

    private static final Logger LOG = Logger.getLogger(SignInResource.class.getName());
    private static final String SIX_DIGITS = "\\d{6}";

    @EJB
    private CodeSignIn codeSignIn;

    @EJB
    private AccountService accountService;

    @Context
    private HttpServletRequest request;

    @Context
    private HttpHeaders headers;

    @POST
    @Path("code")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response requestCode(String body) {
        JsonInput input = JsonInput.parse(body, Language.of(headers));
        MobilePhone phone = phoneOf(input);
        input.throwIfInvalid();
        codeSignIn.requestCode(phone);
        return Response.accepted().build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response signIn(String body) {
        JsonInput input = JsonInput.parse(body, Language.of(headers));
        MobilePhone phone = phoneOf(input);
        String code = input.requiredText("code", SIX_DIGITS);
        input.throwIfInvalid();
        Optional<CodeSignIn.Granted> granted = codeSignIn.signIn(phone, code);
        if (granted.isEmpty()) {
            return refused();
        }
        String username = granted.get().username();
        try {
            startSession(granted.get());
        } catch (ServletException realmRefused) {
            // The account was disabled between the code's check and the realm's: the key lets nobody in.
            LOG.warning(() -> "the realm refused the one-time key of an accepted sign-in code: " + realmRefused);
            return refused();
        } finally {
            codeSignIn.keyUsed(username);
        }
        return Response.ok(accountService.find(username).orElseThrow()).build();
    }

    /**
     * Signs the account in through the server's own realm, so that the session is the one the login form gives;
     * a session already open (someone else's, or one planted by an attacker) is not carried over.
     */
    private void startSession(CodeSignIn.Granted granted) throws ServletException {
        if (request.getUserPrincipal() != null) {
            request.logout();
        }
        HttpSession earlier = request.getSession(false);
        if (earlier != null) {
            earlier.invalidate();
        }
        request.login(granted.username(), granted.key().value());
        request.getSession(true).setAttribute(AccountStandingFilter.SIGNED_IN_BY_CODE, granted.username());
    }

    /**
     * One answer for every refusal, so that it tells nobody whether a number is on record, or on record for two
     * members: it says what the member of a shared number must do too.
     */
    private Response refused() {
        return Problem.of(401, "sign-in-code", Language.of(headers).pick(
                "验证码不正确或已失效，请重新获取。如果这个手机号登记在多名会员名下，不能用验证码登录，请联系所在单位的工会。",
                "the code is wrong or no longer valid: ask for a new one. A phone number on record for more than one member "
                        + "cannot sign in with a code: ask your unit's union."), null).toResponse();
    }

    private static MobilePhone phoneOf(JsonInput input) {
        String text = input.requiredText("phone");
        if (text == null) {
            return null;
        }
        try {
            return MobilePhone.parse(text);
        } catch (InvalidValueException e) {
            input.reject("phone", e.code(), e.messageZh(), e.messageEn());
            return null;
        }
    }
}

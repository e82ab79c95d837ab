package org.huzhu.interfaces.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.sql.SQLException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.huzhu.application.Conflict;
import org.huzhu.application.NotFound;
import org.huzhu.application.RuleViolations;
import org.huzhu.application.Overloaded;
import org.huzhu.application.UncheckableFile;
import org.huzhu.application.UnsupportedScan;
import org.huzhu.domain.model.shared.InvalidValueException;

/**
 * The last line: whatever escaped every other mapper becomes a problem document. What the
 * container wrapped (an {@code EJBException} around an application refusal, a rolled-back
 * transaction around a database constraint) is answered as its cause would be: a refusal by its
 * own mapper, a lost race for a unique or exclusion constraint or an optimistic lock as 409. The
 * rest is 500 with an incident number the user can quote; the stack trace goes to the log only,
 * its messages scrubbed of long digit runs (a PostgreSQL error detail can quote a resident ID).
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());
    private static final int MAX_DEPTH = 20;

    @Context
    private HttpHeaders headers;

    @Context
    private Providers providers;

    @Override
    public Response toResponse(Throwable error) {
        Language language = headers == null ? Language.ZH : Language.of(headers);
        if (error instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            // Our own problem documents pass as they are; anything else (RESTEasy answers a role
            // refusal with a text/plain entity) is replaced by a problem document.
            if (web.getResponse().hasEntity() && Problem.MEDIA_TYPE.isCompatible(web.getResponse().getMediaType())) {
                return web.getResponse();
            }
            return Problem.of(status, "http-" + status, ErrorTexts.forStatus(status, language), null).toResponse();
        }
        Throwable cause = error.getCause();
        for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++, cause = cause.getCause()) {
            if (cause instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
                // A refusal thrown while RESTEasy read the body (JsonBodies' 413) arrives wrapped in its reader's failure.
                return toResponse(web);
            }
            if (isRefusal(cause) && providers != null) {
                @SuppressWarnings("unchecked")
                ExceptionMapper<Throwable> mapper = (ExceptionMapper<Throwable>) providers.getExceptionMapper(cause.getClass());
                if (mapper != null && !(mapper instanceof UnexpectedErrorMapper)) {
                    return mapper.toResponse(cause);
                }
            }
        }
        for (Throwable link = error; link != null; link = link.getCause()) {
            if (isOptimisticLock(link)) {
                return Problem.of(409, "concurrent-update", language.pick("记录已被他人修改，请刷新后重试",
                        "someone else changed the record: reload it and try again"), null).toResponse();
            }
            if (link instanceof SQLException sql && ("23505".equals(sql.getSQLState()) || "23P01".equals(sql.getSQLState()))) {
                return Problem.of(409, "duplicate", language.pick("与已登记的记录重复，未作任何更改",
                        "this duplicates a record already stored; nothing was changed"), null).toResponse();
            }
            if (isUnreadableBody(link)) {
                return Problem.of(400, "invalid-input", ErrorTexts.forStatus(400, language),
                        language.pick("无法读取请求内容", "the request body cannot be read")).toResponse();
            }
            if (link.getClass().getSimpleName().equals("RequestTooBigException")) {
                return Problem.of(413, "body-too-large", ErrorTexts.forStatus(413, language),
                        language.pick("请求内容不能超过 10 MB", "the request must not exceed 10 MB")).toResponse();
            }
            if (link.getCause() == link) {
                break;
            }
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "incident " + incident, LogSafe.scrubbed(error));
        return Problem.of(500, "internal-error",
                language.pick("系统内部错误，请联系管理员并提供事件编号 " + incident, "Internal error, incident " + incident),
                "incident " + incident).toResponse();
    }

    private static boolean isRefusal(Throwable cause) {
        return cause instanceof Conflict || cause instanceof NotFound || cause instanceof RuleViolations
                || cause instanceof UnsupportedScan || cause instanceof InvalidInput || cause instanceof InvalidValueException
                || cause instanceof Overloaded || cause instanceof UncheckableFile;
    }

    /**
     * RESTEasy's failures to read a body it was given (bytes that are not the declared charset, a multipart body
     * that breaks off or has no boundary): the client sent them, so they are 400, not incidents.
     */
    private static boolean isUnreadableBody(Throwable link) {
        String name = link.getClass().getSimpleName();
        return name.equals("ReaderException") || name.equals("MalformedInputException")
                || name.equals("MimeIOException") || name.equals("MultipartException");
    }

    private static boolean isOptimisticLock(Throwable link) {
        return link instanceof jakarta.persistence.OptimisticLockException
                || link.getClass().getSimpleName().equals("StaleObjectStateException")
                || link.getClass().getSimpleName().equals("StaleStateException");
    }
}

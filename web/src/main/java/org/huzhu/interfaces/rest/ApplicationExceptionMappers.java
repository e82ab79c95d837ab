package org.huzhu.interfaces.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.huzhu.application.NotFound;
import org.huzhu.application.RuleViolations;
import org.huzhu.application.Overloaded;
import org.huzhu.application.UncheckableFile;
import org.huzhu.application.UnsupportedScan;
import org.huzhu.domain.model.shared.InvalidValueException;

/** How the application services' refusals read over HTTP. */
public final class ApplicationExceptionMappers {

    private ApplicationExceptionMappers() {
    }

    /** Domain rules broken by a request (enrolment policy, V01 on registration): 400 with the rule codes. */
    @Provider
    public static class RuleViolationsMapper implements ExceptionMapper<RuleViolations> {

        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(RuleViolations refused) {
            Language language = Language.of(headers);
            List<Problem.FieldError> errors = refused.violations().stream()
                    .map(v -> new Problem.FieldError(v.field(), v.code(), language.pick(v.messageZh(), v.messageEn())))
                    .toList();
            return new Problem(400, "rule-violation", language.pick("不符合业务规则", "the request breaks rules"),
                    null, errors).toResponse();
        }
    }

    @Provider
    public static class NotFoundMapper implements ExceptionMapper<NotFound> {

        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(NotFound notFound) {
            return Problem.of(404, "not-found", Language.of(headers).pick(notFound.messageZh(), notFound.getMessage()), null)
                    .toResponse();
        }
    }

    @Provider
    public static class UnsupportedScanMapper implements ExceptionMapper<UnsupportedScan> {

        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(UnsupportedScan unsupported) {
            return new Problem(400, "unsupported-file",
                    Language.of(headers).pick("文件不是 PDF、JPEG 或 PNG", "the file is not a PDF, JPEG or PNG"), null,
                    List.of(new Problem.FieldError("file", null,
                            Language.of(headers).pick("只接受 PDF、JPEG、PNG 扫描件", "only PDF, JPEG and PNG scans are accepted"))))
                    .toResponse();
        }
    }

    /**
     * A value object refused what the request carried (a letter number of year 0000, a malformed number inside a
     * path): 400 with the value's rule code, whichever layer parsed it.
     */
    @Provider
    public static class InvalidValueMapper implements ExceptionMapper<InvalidValueException> {

        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(InvalidValueException invalid) {
            Language language = Language.of(headers);
            return new Problem(400, "invalid-value", ErrorTexts.forStatus(400, language), null,
                    List.of(new Problem.FieldError("", invalid.code(), language.pick(invalid.messageZh(), invalid.messageEn()))))
                    .toResponse();
        }
    }

    /** Too many files are being checked at once: 503 with a time to try again, rather than a queue without end. */
    @Provider
    public static class OverloadedMapper implements ExceptionMapper<Overloaded> {

        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(Overloaded overloaded) {
            Language language = Language.of(headers);
            Response problem = Problem.of(503, "overloaded", language.pick("服务繁忙，请稍后重试", "busy: try again shortly"),
                    language.pick(overloaded.messageZh(), overloaded.getMessage())).toResponse();
            return Response.fromResponse(problem).header("Retry-After", overloaded.retryAfterSeconds()).build();
        }
    }

    /** A file that could not be checked within the time allowed for one file: 422, it is the file that is at fault. */
    @Provider
    public static class UncheckableFileMapper implements ExceptionMapper<UncheckableFile> {

        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(UncheckableFile uncheckable) {
            Language language = Language.of(headers);
            return Problem.of(422, "file-too-complex", language.pick("无法在限定时间内检查该文件", "the file cannot be checked in the time allowed"),
                    language.pick(uncheckable.messageZh(), uncheckable.getMessage())).toResponse();
        }
    }
}

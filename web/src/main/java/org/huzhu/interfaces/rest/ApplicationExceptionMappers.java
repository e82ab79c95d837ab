package org.huzhu.interfaces.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.huzhu.application.NotFound;
import org.huzhu.application.RuleViolations;
import org.huzhu.application.UnsupportedScan;

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
}

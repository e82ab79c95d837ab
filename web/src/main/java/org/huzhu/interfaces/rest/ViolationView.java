package org.huzhu.interfaces.rest;

import java.util.List;
import org.huzhu.domain.model.shared.Violation;

/** A rule failure as an answer's JSON-B writes it: {@code {code, field, message}}, the message in the caller's language. */
public record ViolationView(String code, String field, String message) {

    public static List<ViolationView> of(List<Violation> violations, Language language) {
        return violations.stream().map(violation -> new ViolationView(violation.code(), violation.field(),
                language.pick(violation.messageZh(), violation.messageEn()))).toList();
    }
}

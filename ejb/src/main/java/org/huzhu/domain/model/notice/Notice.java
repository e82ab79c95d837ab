package org.huzhu.domain.model.notice;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.huzhu.domain.model.shared.MobilePhone;

/**
 * One text message to one phone: a {@link NoticeKind} and a value for each of its variables.
 *
 * @param to         the member's phone on record
 * @param kind       what the message says
 * @param parameters a value for each of the kind's variables, nothing more
 */
public record Notice(MobilePhone to, NoticeKind kind, Map<String, String> parameters) {

    public Notice {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
        if (!parameters.keySet().equals(Set.copyOf(kind.variables()))) {
            throw new IllegalArgumentException("a " + kind + " notice takes " + kind.variables() + ", not " + parameters.keySet());
        }
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** The message as the member reads it: the sign (the union's name in 【】, as SMS services put it first) and the text. */
    public String text(String signName) {
        StringBuilder text = new StringBuilder("【").append(signName).append('】');
        String template = kind.template();
        int from = 0;
        for (int start = template.indexOf("${"); start >= 0; start = template.indexOf("${", from)) {
            int end = template.indexOf('}', start);
            text.append(template, from, start).append(parameters.get(template.substring(start + 2, end)));
            from = end + 1;
        }
        return text.append(template, from, template.length()).toString();
    }
}

package org.huzhu.domain.model.shared;

import java.util.Locale;
import java.util.Objects;

/**
 * One failed rule: its stable code (such as {@code V07}), the JSON field of the request body it
 * concerns (such as {@code invoices[0].total}) and a message in Chinese and English.
 */
public record Violation(String code, String field, String messageZh, String messageEn) {

    public Violation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(messageZh, "messageZh");
        Objects.requireNonNull(messageEn, "messageEn");
    }

    /** Chinese is the default; English only for a caller who asks for it. */
    public String message(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? messageEn : messageZh;
    }
}

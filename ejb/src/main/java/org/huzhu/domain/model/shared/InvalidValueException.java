package org.huzhu.domain.model.shared;

import java.util.Objects;

/**
 * A value that breaks the rules of its type, with a stable rule code and a message in Chinese
 * and English. Value objects throw it from their factories; an adapter that knows which field
 * it was parsing turns it into a {@link Violation} for that field.
 *
 * <p>Messages never carry personal data in full: resident IDs and bank cards appear masked.
 */
public class InvalidValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String messageZh;
    private final String messageEn;

    public InvalidValueException(String code, String messageZh, String messageEn) {
        super(code + ": " + messageEn);
        this.code = Objects.requireNonNull(code, "code");
        this.messageZh = Objects.requireNonNull(messageZh, "messageZh");
        this.messageEn = Objects.requireNonNull(messageEn, "messageEn");
    }

    public String code() {
        return code;
    }

    public String messageZh() {
        return messageZh;
    }

    public String messageEn() {
        return messageEn;
    }

    /** This failure as a field error of a request body, e.g. {@code toViolation("idNumber")}. */
    public Violation toViolation(String field) {
        return new Violation(code, field, messageZh, messageEn);
    }
}

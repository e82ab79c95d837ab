package org.huzhu.application;

import jakarta.ejb.ApplicationException;

/**
 * The request clashes with what is stored: a duplicate, or a record in the wrong state for it.
 * Nothing was changed. Carries a stable type and texts in Chinese and English for the caller.
 */
@ApplicationException(rollback = true)
public class Conflict extends RuntimeException {

    private final String type;
    private final String messageZh;

    public Conflict(String type, String messageZh, String messageEn) {
        super(messageEn);
        this.type = type;
        this.messageZh = messageZh;
    }

    public String type() {
        return type;
    }

    public String messageZh() {
        return messageZh;
    }
}

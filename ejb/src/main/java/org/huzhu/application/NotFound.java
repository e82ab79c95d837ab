package org.huzhu.application;

import jakarta.ejb.ApplicationException;

/** What was asked for does not exist, or the caller may not see it: the same answer for both. */
@ApplicationException(rollback = true)
public class NotFound extends RuntimeException {

    private final String messageZh;

    public NotFound(String messageZh, String messageEn) {
        super(messageEn);
        this.messageZh = messageZh;
    }

    public String messageZh() {
        return messageZh;
    }
}

package org.huzhu.application;

import jakarta.ejb.ApplicationException;

/** The server is already doing as much of this work as it allows at once; the caller may try again shortly. */
@ApplicationException(rollback = true)
public class Overloaded extends RuntimeException {

    private final String messageZh;
    private final int retryAfterSeconds;

    public Overloaded(String messageZh, String messageEn, int retryAfterSeconds) {
        super(messageEn);
        this.messageZh = messageZh;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public String messageZh() {
        return messageZh;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}

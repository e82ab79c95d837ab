package org.huzhu.application;

import jakarta.ejb.ApplicationException;
import org.huzhu.domain.model.shared.BilingualException;

/** The server is already doing as much of this work as it allows at once; the caller may try again shortly. */
@ApplicationException(rollback = true)
public class Overloaded extends BilingualException {

    private final int retryAfterSeconds;

    public Overloaded(String messageZh, String messageEn, int retryAfterSeconds) {
        super(messageZh, messageEn);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}

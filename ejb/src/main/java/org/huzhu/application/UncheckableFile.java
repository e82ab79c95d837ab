package org.huzhu.application;

import jakarta.ejb.ApplicationException;

/** An uploaded file that could not be checked within the memory or time one file may use. Nothing was stored. */
@ApplicationException(rollback = true)
public class UncheckableFile extends RuntimeException {

    private final String messageZh;

    public UncheckableFile(String messageZh, String messageEn) {
        super(messageEn);
        this.messageZh = messageZh;
    }

    public String messageZh() {
        return messageZh;
    }
}

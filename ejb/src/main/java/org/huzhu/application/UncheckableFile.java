package org.huzhu.application;

import jakarta.ejb.ApplicationException;
import org.huzhu.domain.model.shared.BilingualException;

/** An uploaded file that could not be checked within the memory or time one file may use. Nothing was stored. */
@ApplicationException(rollback = true)
public class UncheckableFile extends BilingualException {

    public UncheckableFile(String messageZh, String messageEn) {
        super(messageZh, messageEn);
    }
}

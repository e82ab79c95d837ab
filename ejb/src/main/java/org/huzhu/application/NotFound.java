package org.huzhu.application;

import jakarta.ejb.ApplicationException;
import org.huzhu.domain.model.shared.BilingualException;

/** What was asked for does not exist, or the caller may not see it: the same answer for both. */
@ApplicationException(rollback = true)
public class NotFound extends BilingualException {

    public NotFound(String messageZh, String messageEn) {
        super(messageZh, messageEn);
    }
}

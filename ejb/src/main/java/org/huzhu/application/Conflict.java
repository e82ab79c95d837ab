package org.huzhu.application;

import jakarta.ejb.ApplicationException;
import org.huzhu.domain.model.shared.RuleConflict;

/**
 * The request clashes with what is stored: a duplicate, or a record in the wrong state for it. Nothing was changed:
 * thrown out of a service, it rolls the transaction back and reaches the caller as it is (an EJB application
 * exception), where a domain {@link RuleConflict} would arrive wrapped as a system error.
 */
@ApplicationException(rollback = true)
public class Conflict extends RuleConflict {

    public Conflict(String type, String messageZh, String messageEn) {
        super(type, messageZh, messageEn);
    }

    /** The conflict a domain rule found, for the caller. */
    public Conflict(RuleConflict found) {
        this(found.type(), found.messageZh(), found.getMessage());
    }
}

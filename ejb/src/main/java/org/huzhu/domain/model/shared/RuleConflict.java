package org.huzhu.domain.model.shared;

/**
 * A rule of the domain refuses the change because of what is stored: a record in the wrong state for it, or the
 * same person on both sides of a four-eyes step. Nothing was changed. {@code type} is stable (the API's problem
 * type); the message is given in Chinese and English, for whoever asked.
 */
public class RuleConflict extends BilingualException {

    private final String type;

    public RuleConflict(String type, String messageZh, String messageEn) {
        super(messageZh, messageEn);
        this.type = type;
    }

    public String type() {
        return type;
    }
}

package org.huzhu.domain.model.member;

/** A payee change decided twice, or by the one who asked for it; {@code type} is the API's problem type. */
public class PayeeChangeConflict extends RuntimeException {

    private final String type;
    private final String messageZh;

    public PayeeChangeConflict(String type, String messageZh, String messageEn) {
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

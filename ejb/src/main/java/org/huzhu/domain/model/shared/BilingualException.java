package org.huzhu.domain.model.shared;

/**
 * A refusal said in both of the users' languages: {@link #getMessage()} in English (also what the logs show),
 * {@link #messageZh()} in Chinese, so that the answer picks the caller's language without translating.
 */
public class BilingualException extends RuntimeException {

    private final String messageZh;

    public BilingualException(String messageZh, String messageEn) {
        super(messageEn);
        this.messageZh = messageZh;
    }

    public String messageZh() {
        return messageZh;
    }
}

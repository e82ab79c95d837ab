package org.huzhu.domain.model.member;

/** Who paid an enrolment's contribution; {@code UNION} is free cover. */
public enum Payer {
    UNIT("单位缴纳"),
    MEMBER("个人缴纳"),
    UNION("工会赠送");

    private final String label;

    Payer(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

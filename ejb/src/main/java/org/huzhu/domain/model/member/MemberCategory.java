package org.huzhu.domain.model.member;

/** Whether a member is an ordinary employee or a new-form worker, who may get free cover from the union. */
public enum MemberCategory {
    EMPLOYEE("职工"),
    NEW_FORM("新就业形态劳动者");

    private final String label;

    MemberCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package org.huzhu.domain.model.user;

/** The roles of SPEC.md §1, as the security realm names them. */
public enum Role {
    CLERK("clerk"), REVIEWER("reviewer"), FINANCE("finance"), ADMIN("admin"), MEMBER("member");

    public static final String CLERK_NAME = "clerk";
    public static final String REVIEWER_NAME = "reviewer";
    public static final String FINANCE_NAME = "finance";
    public static final String ADMIN_NAME = "admin";
    public static final String MEMBER_NAME = "member";

    private final String realmName;

    Role(String realmName) {
        this.realmName = realmName;
    }

    public String realmName() {
        return realmName;
    }
}

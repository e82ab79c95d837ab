package org.huzhu.domain.model.user;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.huzhu.domain.model.shared.Violation;

/**
 * Roles that the four-eyes rule keeps apart never meet in one account (or one API token): whoever
 * enters a claim (clerk) neither approves it (reviewer) nor pays it (finance). A member's account
 * is a member's only; staff sign in with an account of their own.
 */
public final class RoleSeparation {

    public static final String CODE = "ROLES_SEPARATED";
    private static final String FIELD = "roles";

    private RoleSeparation() {
    }

    public static List<Violation> check(Set<Role> roles) {
        List<Violation> breaches = new ArrayList<>();
        if (roles.contains(Role.CLERK) && roles.contains(Role.REVIEWER)) {
            breaches.add(new Violation(CODE, FIELD, "四眼原则：经办人不能同时是审核人",
                    "four eyes: a clerk may not also be a reviewer"));
        }
        if (roles.contains(Role.CLERK) && roles.contains(Role.FINANCE)) {
            breaches.add(new Violation(CODE, FIELD, "四眼原则：经办人不能同时是财务",
                    "four eyes: a clerk may not also be finance"));
        }
        if (roles.contains(Role.MEMBER) && roles.size() > 1) {
            breaches.add(new Violation(CODE, FIELD, "会员账户不能兼有工作人员角色",
                    "a member's account holds no staff role"));
        }
        if (roles.isEmpty()) {
            breaches.add(new Violation(CODE, FIELD, "至少需要一个角色", "at least one role is needed"));
        }
        return breaches;
    }

    /** The guard of an account's constructor and role changes: services check first and answer with the reasons. */
    static Set<Role> require(Set<Role> roles) {
        List<Violation> breaches = check(roles);
        if (!breaches.isEmpty()) {
            throw new IllegalArgumentException(breaches.get(0).messageEn());
        }
        return roles;
    }
}

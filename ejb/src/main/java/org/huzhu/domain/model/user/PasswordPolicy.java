package org.huzhu.domain.model.user;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.huzhu.domain.model.shared.Violation;

/** What a password chosen by its holder must be: long enough, and not the user name or the old one. */
public final class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 8;
    public static final String CODE = "PASSWORD";
    private static final String FIELD = "newPassword";

    private PasswordPolicy() {
    }

    public static List<Violation> check(String username, char[] currentPassword, char[] newPassword) {
        List<Violation> weaknesses = new ArrayList<>();
        if (newPassword.length < MINIMUM_LENGTH) {
            weaknesses.add(new Violation(CODE, FIELD, "新密码至少 " + MINIMUM_LENGTH + " 位",
                    "the new password needs at least " + MINIMUM_LENGTH + " characters"));
        }
        if (Arrays.equals(newPassword, currentPassword)) {
            weaknesses.add(new Violation(CODE, FIELD, "新密码不能与当前密码相同", "the new password must differ from the current one"));
        }
        if (String.valueOf(newPassword).equalsIgnoreCase(username)) {
            weaknesses.add(new Violation(CODE, FIELD, "新密码不能与用户名相同", "the new password must not be the user name"));
        }
        return weaknesses;
    }
}

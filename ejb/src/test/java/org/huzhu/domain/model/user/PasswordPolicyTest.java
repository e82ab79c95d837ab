package org.huzhu.domain.model.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.huzhu.domain.model.shared.Violation;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void eightCharactersThatAreNeitherTheOldPasswordNorTheUserNamePass() {
        assertTrue(PasswordPolicy.check("M00000001", "initial123".toCharArray(), "长城1234abc".toCharArray()).isEmpty());
        assertTrue(PasswordPolicy.check("M00000001", "initial123".toCharArray(), "tea-kettle".toCharArray()).isEmpty());
    }

    @Test
    void sevenCharactersAreTooShort() {
        List<Violation> weaknesses = PasswordPolicy.check("clerk9", "old-password".toCharArray(), "kettle7".toCharArray());
        assertEquals(1, weaknesses.size());
        assertEquals("newPassword", weaknesses.get(0).field());
    }

    @Test
    void theOldPasswordOrTheUserNameIsRefused() {
        assertEquals(1, PasswordPolicy.check("clerk9", "old-password".toCharArray(), "old-password".toCharArray()).size());
        assertEquals(1, PasswordPolicy.check("M00000001", "old-password".toCharArray(), "m00000001".toCharArray()).size());
    }

    @Test
    void theCommonestPasswordsAreRefusedAlsoWithADigitOrTwoAppended() {
        for (String common : List.of("password", "Password1", "woaini1314", "5205201314", "qwerty123", "1qaz2wsx", "88888888",
                "iloveyou!", "abc12345", "zhang1990")) {
            assertEquals(List.of("新密码是最常见的密码之一，容易被猜中"), messages(PasswordPolicy.check("clerk9", "x".toCharArray(),
                    common.toCharArray())), common);
        }
    }

    @Test
    void aMembersResidentIdBirthDateAndPhoneAreRefused() {
        PasswordPolicy.HolderDetails holder = new PasswordPolicy.HolderDetails("36050219900101123X",
                java.time.LocalDate.of(1990, 1, 1), "13912345678");
        assertEquals(List.of("新密码不能是身份证号码或其中一段"), messages(PasswordPolicy.check("M1", "x".toCharArray(),
                "36050219900101123x".toCharArray(), holder)).subList(0, 1));
        assertTrue(messages(PasswordPolicy.check("M1", "x".toCharArray(), "0101123X".toCharArray(), holder))
                .contains("新密码不能是身份证号码或其中一段"));
        for (String withBirthDate : List.of("zw19900101", "01011990zw", "zw-900101!")) {
            assertTrue(messages(PasswordPolicy.check("M1", "x".toCharArray(), withBirthDate.toCharArray(), holder))
                    .contains("新密码不能含出生日期"), withBirthDate);
        }
        assertEquals(List.of("新密码不能含手机号码"), messages(PasswordPolicy.check("M1", "x".toCharArray(),
                "p13912345678".toCharArray(), holder)));
        assertTrue(PasswordPolicy.check("M1", "x".toCharArray(), "tea-kettle-42".toCharArray(), holder).isEmpty());
    }

    private static List<String> messages(List<Violation> violations) {
        return violations.stream().map(Violation::messageZh).toList();
    }
}

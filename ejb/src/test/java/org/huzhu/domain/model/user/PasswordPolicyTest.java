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
        assertTrue(PasswordPolicy.check("M00000001", "initial123".toCharArray(), "abcdefgh".toCharArray()).isEmpty());
    }

    @Test
    void sevenCharactersAreTooShort() {
        List<Violation> weaknesses = PasswordPolicy.check("clerk9", "old-password".toCharArray(), "abcdefg".toCharArray());
        assertEquals(1, weaknesses.size());
        assertEquals("newPassword", weaknesses.get(0).field());
    }

    @Test
    void theOldPasswordOrTheUserNameIsRefused() {
        assertEquals(1, PasswordPolicy.check("clerk9", "old-password".toCharArray(), "old-password".toCharArray()).size());
        assertEquals(1, PasswordPolicy.check("M00000001", "old-password".toCharArray(), "m00000001".toCharArray()).size());
    }
}

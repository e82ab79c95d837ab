package org.huzhu.domain.model.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoleSeparationTest {

    private static final PasswordHash HASH = new PasswordHash("hash", "salt", 10);

    @Test
    void aClerkNeitherReviewsNorPays() {
        assertEquals(List.of(RoleSeparation.CODE), codes(EnumSet.of(Role.CLERK, Role.REVIEWER)));
        assertEquals(List.of(RoleSeparation.CODE), codes(EnumSet.of(Role.CLERK, Role.FINANCE)));
        assertEquals(2, RoleSeparation.check(EnumSet.of(Role.CLERK, Role.REVIEWER, Role.FINANCE)).size());
    }

    @Test
    void otherCombinationsAreAllowed() {
        assertTrue(RoleSeparation.check(EnumSet.of(Role.REVIEWER, Role.FINANCE)).isEmpty());
        assertTrue(RoleSeparation.check(EnumSet.of(Role.CLERK, Role.ADMIN)).isEmpty());
        assertTrue(RoleSeparation.check(EnumSet.of(Role.MEMBER)).isEmpty());
    }

    @Test
    void anAccountCannotBeMadeToHoldSeparatedRoles() {
        assertThrows(IllegalArgumentException.class,
                () -> new UserAccount("both", "两者", HASH, EnumSet.of(Role.CLERK, Role.REVIEWER), true));
        UserAccount clerk = new UserAccount("clerk", "经办人", HASH, EnumSet.of(Role.CLERK), true);
        assertThrows(IllegalArgumentException.class, () -> clerk.changeRoles(EnumSet.of(Role.CLERK, Role.FINANCE)));
        assertEquals(EnumSet.of(Role.CLERK), clerk.roles());
        assertThrows(IllegalArgumentException.class, () -> new ApiToken("hr", TokenSecret.generate(),
                EnumSet.of(Role.ADMIN), "admin", java.time.Instant.now()));
    }

    @Test
    void anIssuedPasswordLastsItsDaysAndAChosenOneForEver() {
        java.time.Instant issuedAt = java.time.Instant.parse("2026-12-01T00:00:00Z");
        UserAccount account = new UserAccount("clerk", "经办人", HASH, EnumSet.of(Role.CLERK), false);
        account.issuePassword(HASH, issuedAt);
        java.time.Duration week = java.time.Duration.ofDays(7);
        assertEquals(PasswordState.ISSUED, account.passwordState(issuedAt.plus(week).minusSeconds(1), week));
        assertEquals(PasswordState.ISSUED_EXPIRED, account.passwordState(issuedAt.plus(week), week));
        account.changePassword(HASH);
        assertEquals(PasswordState.CHOSEN, account.passwordState(issuedAt.plus(week.multipliedBy(100)), week));
    }

    private static List<String> codes(java.util.Set<Role> roles) {
        return RoleSeparation.check(roles).stream().map(v -> v.code()).toList();
    }
}

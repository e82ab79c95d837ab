package org.huzhu.domain.model.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import java.util.stream.IntStream;
import org.huzhu.domain.model.shared.MobilePhone;
import org.junit.jupiter.api.Test;

class SignInCodeTest {

    private static final MobilePhone PHONE = MobilePhone.parse("13800138000");
    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
    /** A digest that is not the code itself, so that a check comparing digits with the digest would fail. */
    private static final CodeDigest DIGEST = code -> "digest-of-" + code;

    @Test
    void aCodeIsSixDigitsAndOnlyItsDigestIsKept() {
        SignInCode.Issued issued = SignInCode.issue(PHONE, DIGEST, NOW);
        assertTrue(issued.digits().matches("\\d{6}"), issued.digits());
        assertEquals("digest-of-" + issued.digits(), issued.code().digest());
        assertFalse(issued.code().toString().contains(issued.digits()));
        assertEquals(NOW.plus(SignInCode.LIFETIME), issued.code().expiresAt());
        assertEquals(5, issued.code().triesLeft());
    }

    @Test
    void theRightCodeIsAcceptedOnce() {
        SignInCode.Issued issued = SignInCode.issue(PHONE, DIGEST, NOW);
        assertEquals(SignInCode.Check.ACCEPTED, issued.code().check(issued.digits(), DIGEST, NOW.plusSeconds(30)));
        assertEquals(Optional.of(NOW.plusSeconds(30)), issued.code().usedAt());
        assertEquals(SignInCode.Check.USED_UP, issued.code().check(issued.digits(), DIGEST, NOW.plusSeconds(31)));
    }

    @Test
    void aCodeLivesFiveMinutes() {
        SignInCode.Issued issued = SignInCode.issue(PHONE, DIGEST, NOW);
        assertEquals(SignInCode.Check.EXPIRED, issued.code().check(issued.digits(), DIGEST, NOW.plusSeconds(300)));
        SignInCode.Issued another = SignInCode.issue(PHONE, DIGEST, NOW);
        assertEquals(SignInCode.Check.ACCEPTED, another.code().check(another.digits(), DIGEST, NOW.plusSeconds(299)));
    }

    @Test
    void fiveWrongTriesSpendTheCodeEvenForTheRightOne() {
        SignInCode.Issued issued = SignInCode.issue(PHONE, DIGEST, NOW);
        String wrong = issued.digits().equals("000000") ? "000001" : "000000";
        for (int tried = 1; tried <= 5; tried++) {
            assertEquals(SignInCode.Check.WRONG, issued.code().check(wrong, DIGEST, NOW), "try " + tried);
            assertEquals(5 - tried, issued.code().triesLeft());
        }
        assertEquals(SignInCode.Check.USED_UP, issued.code().check(issued.digits(), DIGEST, NOW));
        assertEquals(Optional.empty(), issued.code().usedAt());
    }

    @Test
    void fourWrongTriesLeaveOneForTheRightCode() {
        SignInCode.Issued issued = SignInCode.issue(PHONE, DIGEST, NOW);
        String wrong = issued.digits().equals("999999") ? "999998" : "999999";
        IntStream.range(0, 4).forEach(i -> issued.code().check(wrong, DIGEST, NOW));
        assertEquals(SignInCode.Check.ACCEPTED, issued.code().check(issued.digits(), DIGEST, NOW));
    }

    @Test
    void oneCodeAMinute() {
        SignInCode.History justSent = new SignInCode.History(1, Optional.of(NOW));
        assertFalse(justSent.allowsAnother(NOW.plusSeconds(59)));
        assertTrue(justSent.allowsAnother(NOW.plusSeconds(60)));
        assertTrue(new SignInCode.History(0, Optional.empty()).allowsAnother(NOW));
    }

    @Test
    void tenCodesADay() {
        Instant anHourAgo = NOW.minusSeconds(3600);
        assertTrue(new SignInCode.History(9, Optional.of(anHourAgo)).allowsAnother(NOW));
        assertFalse(new SignInCode.History(10, Optional.of(anHourAgo)).allowsAnother(NOW));
    }

    @Test
    void codesDiffer() {
        long distinct = IntStream.range(0, 50).mapToObj(i -> SignInCode.issue(PHONE, DIGEST, NOW).digits()).distinct().count();
        assertNotEquals(1, distinct, "fifty codes cannot all be the same but for a broken random source");
    }
}

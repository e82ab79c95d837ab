package org.huzhu.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.huzhu.domain.model.letter.IssuedLetter;
import org.huzhu.domain.model.letter.LetterKind;
import org.huzhu.domain.model.letter.VerificationCode;
import org.huzhu.domain.model.shared.LetterNumber;
import org.huzhu.infrastructure.pdf.LetterVerification;
import org.huzhu.infrastructure.pdf.LetterVerification.Finding;
import org.junit.jupiter.api.Test;

class LetterCheckTest {

    private static final LetterNumber NUMBER = LetterNumber.parse("L20260000123");

    @Test
    void anIssuedUnchangedCurrentLetterPassesEveryCheck() {
        LetterCheck check = LetterCheck.ofFile(file(Finding.VALID), Optional.of(letter(Optional.empty())));
        assertTrue(check.issued());
        assertEquals(Optional.of(true), check.unchanged());
        assertTrue(check.current());
        assertTrue(check.signatureValid());
        assertEquals(Optional.of(NUMBER), check.letterNumber());
        assertEquals("CURRENT", check.finding());
        assertEquals(Optional.empty(), check.supersededBy());
    }

    @Test
    void aSupersededLetterIsIssuedButNotCurrent() {
        LetterCheck check = LetterCheck.ofFile(file(Finding.VALID),
                Optional.of(letter(Optional.of(LetterNumber.parse("L20260000124")))));
        assertTrue(check.issued());
        assertFalse(check.current());
        assertEquals("SUPERSEDED", check.finding());
        assertEquals(Optional.of(LetterNumber.parse("L20260000124")), check.supersededBy(),
                "the answer names the letter that replaces it");
    }

    @Test
    void aSupersededLetterCheckedByCodeNamesItsSuccessorToo() {
        LetterCheck check = LetterCheck.ofCode(Optional.of(letter(Optional.of(LetterNumber.parse("L20260000124")))),
                file(Finding.VALID));
        assertTrue(check.issued());
        assertFalse(check.current());
        assertEquals(Optional.of(LetterNumber.parse("L20260000124")), check.supersededBy());
    }

    @Test
    void aChangedFileSaysWhatIsWrongWithItRatherThanOnlyNotIssued() {
        LetterCheck check = LetterCheck.ofFile(file(Finding.SIGNATURE_BROKEN), Optional.empty());
        assertFalse(check.issued());
        assertEquals(Optional.of(false), check.unchanged());
        assertFalse(check.current());
        assertFalse(check.signatureValid());
        assertEquals(Optional.empty(), check.letterNumber());
        assertEquals("SIGNATURE_BROKEN", check.finding());
        assertEquals(Finding.SIGNATURE_BROKEN.chineseReason(), check.chineseReason());
    }

    @Test
    void aValidlySignedFileThatIsNotInTheRegisterWasNotIssued() {
        LetterCheck check = LetterCheck.ofFile(file(Finding.VALID), Optional.empty());
        assertFalse(check.issued());
        assertTrue(check.signatureValid());
        assertEquals("NOT_ISSUED", check.finding());
    }

    @Test
    void aCheckByCodeHasNoFileToCallUnchanged() {
        LetterCheck right = LetterCheck.ofCode(Optional.of(letter(Optional.empty())), file(Finding.VALID));
        assertTrue(right.issued());
        assertTrue(right.current());
        assertTrue(right.signatureValid());
        assertEquals(Optional.empty(), right.unchanged());

        LetterCheck wrong = LetterCheck.ofCode(Optional.empty(), file(Finding.VALID));
        assertFalse(wrong.issued());
        assertFalse(wrong.current());
        assertFalse(wrong.signatureValid());
        assertEquals(Optional.empty(), wrong.letterNumber());
        assertEquals("NOT_ISSUED", wrong.finding());
    }

    @Test
    void staffReadEveryLetterAndAMemberOnlyTheirOwn() {
        assertTrue(LetterQuery.Reader.staff().mayRead("M00000001"));
        assertTrue(LetterQuery.Reader.member("M00000001").mayRead("M00000001"));
        assertFalse(LetterQuery.Reader.member("M00000002").mayRead("M00000001"));
    }

    private static LetterVerification file(Finding finding) {
        return new LetterVerification(finding, "ab".repeat(32), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static IssuedLetter letter(Optional<LetterNumber> supersededBy) {
        return new IssuedLetter(NUMBER, LetterKind.SETTLEMENT, "HZ2026000045", "M00000001", new byte[] {1},
                "ab".repeat(32), VerificationCode.random().digestFor(NUMBER.value()), Instant.now(), supersededBy);
    }
}

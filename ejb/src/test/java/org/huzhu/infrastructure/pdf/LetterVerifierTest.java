package org.huzhu.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.huzhu.domain.model.letter.SampleLetters;
import org.huzhu.domain.model.shared.Sha256;
import org.huzhu.infrastructure.pdf.LetterVerification.Finding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LetterVerifierTest {

    private static final LetterVerifier VERIFIER = new LetterVerifier(List.of(DevelopmentKeys.caCertificate()));
    private static byte[] signed;

    @BeforeAll
    static void signALetter() {
        signed = SignedLetters.signedSettlementLetter();
    }

    @Test
    void acceptsALetterAsSigned() {
        LetterVerification verification = VERIFIER.verify(signed);

        assertEquals(Finding.VALID, verification.finding(), verification.englishReason());
        assertTrue(verification.isPdf() && verification.isSigned() && verification.coversWholeFile()
                && verification.signatureIntact() && verification.certificateTrusted() && verification.isValid());
        assertEquals(Sha256.hex(signed), verification.sha256());
        assertTrue(verification.signer().orElseThrow().contains("Huzhu letter signing"));
        assertTrue(verification.signedAt().isPresent());
        assertTrue(verification.timeStampedAt().isEmpty());
    }

    @Test
    void noticesOneChangedCharacterInTheSignedBytes() {
        byte[] changed = signed.clone();
        changed[indexOf(changed, "(Huzhu)") + 3] = 'Z';

        LetterVerification verification = VERIFIER.verify(changed);

        assertEquals(Finding.SIGNATURE_BROKEN, verification.finding());
        assertTrue(verification.isSigned() && verification.coversWholeFile());
        assertFalse(verification.signatureIntact());
        assertNotEquals(Sha256.hex(signed), verification.sha256());
    }

    @Test
    void noticesAFlippedBitInCompressedContent() {
        byte[] changed = signed.clone();
        int stream = indexOf(changed, "stream\n") + 40;
        changed[stream] ^= 0x01;

        assertFalse(VERIFIER.verify(changed).isValid());
    }

    @Test
    void noticesBytesAppendedAfterSigning() {
        byte[] appended = Arrays.copyOf(signed, signed.length + 20);
        System.arraycopy("\n% appended later\n".getBytes(StandardCharsets.US_ASCII), 0, appended, signed.length, 18);

        LetterVerification verification = VERIFIER.verify(appended);

        assertEquals(Finding.NOT_WHOLE_FILE, verification.finding());
        assertEquals("签名未覆盖整个文件：签署后文件被追加或删减了内容。", verification.chineseReason());
    }

    @Test
    void refusesATruncatedFile() {
        LetterVerification verification = VERIFIER.verify(Arrays.copyOf(signed, signed.length / 2));

        assertFalse(verification.isValid());
        assertTrue(verification.finding() == Finding.DAMAGED || verification.finding() == Finding.NOT_WHOLE_FILE
                || verification.finding() == Finding.NOT_SIGNED, verification.finding().toString());
    }

    @Test
    void refusesALetterSignedWithASelfMadeCertificate() {
        PadesSigner forger = new PadesSigner(TestCertificates.selfSignedSigner("Huzhu letter signing (DEVELOPMENT)"),
                SampleLetters.UNION_NAME, SignedLetters.SIGNING_CLOCK);

        LetterVerification verification = VERIFIER.verify(forger.sign(SignedLetters.unsignedSettlementLetter()));

        assertEquals(Finding.UNTRUSTED_SIGNER, verification.finding());
        assertTrue(verification.signatureIntact());
        assertFalse(verification.certificateTrusted());
        assertEquals("The signing certificate was not issued by a trusted union certificate authority.",
                verification.englishReason());
    }

    @Test
    void refusesALetterSignedAgainOnTopWithASelfMadeCertificate() {
        PadesSigner forger = new PadesSigner(TestCertificates.selfSignedSigner("someone"), "某某公司",
                SignedLetters.SIGNING_CLOCK);

        assertEquals(Finding.UNTRUSTED_SIGNER, VERIFIER.verify(forger.sign(signed)).finding());
    }

    @Test
    void refusesASignedLetterWhenOnlyAnotherAuthorityIsTrusted() {
        LetterVerifier trustingSomeoneElse = new LetterVerifier(
                List.of(TestCertificates.selfSignedSigner("another CA").signingCertificate()));

        assertEquals(Finding.UNTRUSTED_SIGNER, trustingSomeoneElse.verify(signed).finding());
    }

    @Test
    void saysAnUnsignedLetterIsNotSigned() {
        LetterVerification verification = VERIFIER.verify(SignedLetters.unsignedSettlementLetter());

        assertEquals(Finding.NOT_SIGNED, verification.finding());
        assertTrue(verification.isPdf());
        assertFalse(verification.isSigned());
    }

    @Test
    void saysANonPdfIsNotAPdf() {
        LetterVerification verification = VERIFIER.verify("理赔结算通知书".getBytes(StandardCharsets.UTF_8));

        assertEquals(Finding.NOT_A_PDF, verification.finding());
        assertEquals("该文件不是 PDF 文件。", verification.chineseReason());
    }

    @Test
    void saysAnEmptyFileIsEmpty() {
        LetterVerification verification = VERIFIER.verify(new byte[0]);

        assertEquals(Finding.EMPTY_FILE, verification.finding());
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", verification.sha256());
    }

    @Test
    void saysAPdfHeaderOnGarbageIsDamaged() {
        assertEquals(Finding.DAMAGED, VERIFIER.verify("%PDF-1.7\nnothing else".getBytes(StandardCharsets.US_ASCII))
                .finding());
    }

    private static int indexOf(byte[] data, String ascii) {
        byte[] needle = ascii.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + needle.length <= data.length; i++) {
            if (Arrays.equals(data, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new AssertionError(ascii + " not found");
    }
}

package org.huzhu.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.huzhu.domain.model.letter.SampleLetters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PadesSignerTimeStampTest {

    @TempDir
    Path directory;

    @Test
    void addsASignatureTimeStampThatPdfsigAccepts() throws Exception {
        try (TestTimeStampAuthority authority = new TestTimeStampAuthority()) {
            PadesSigner signer = signerWith(authority.url());
            Instant before = Instant.now().minusSeconds(1);

            byte[] signed = signer.sign(SignedLetters.unsignedSettlementLetter());

            assertEquals(1, authority.requestsServed());
            LetterVerification verification = new LetterVerifier(List.of(DevelopmentKeys.caCertificate())).verify(signed);
            assertEquals(LetterVerification.Finding.VALID, verification.finding());
            Instant stampedAt = verification.timeStampedAt().orElseThrow();
            assertTrue(!stampedAt.isBefore(before) && !stampedAt.isAfter(Instant.now()), stampedAt.toString());

            String report = SignedLetters.pdfsigTrustingDevelopmentCa(directory, signed);
            assertTrue(report.contains("Signature is Valid"), report);
            assertTrue(report.contains("Total document signed"), report);
            assertTrue(report.contains("Certificate is Trusted"), report);
        }
    }

    @Test
    void failsClearlyWhenTheAuthorityCannotBeReached() throws Exception {
        URI stopped;
        try (TestTimeStampAuthority authority = new TestTimeStampAuthority()) {
            stopped = authority.url();
        }
        PadesSigner signer = signerWith(stopped);

        TimeStampAuthorityClient.TimeStampException failure = assertThrows(TimeStampAuthorityClient.TimeStampException.class,
                () -> signer.sign(SignedLetters.unsignedSettlementLetter()));
        assertTrue(failure.getMessage().contains(stopped.toString()), failure.getMessage());
    }

    private static PadesSigner signerWith(URI authority) {
        return new PadesSigner(DevelopmentKeys.credentials(), SampleLetters.UNION_NAME,
                Optional.of(new TimeStampAuthorityClient(authority, Duration.ofSeconds(5))), SignedLetters.SIGNING_CLOCK);
    }
}

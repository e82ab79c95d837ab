package org.huzhu.infrastructure.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;

import org.huzhu.domain.model.letter.SampleLetters;

/** Letters rendered and signed with the development keys, and the checks poppler runs on them. */
final class SignedLetters {

    /** The real time: the verifier checks the certificate at the signing time, and the keys were just made. */
    static final Clock SIGNING_CLOCK = Clock.system(ZoneId.of("Asia/Shanghai"));
    static final LetterRenderer RENDERER = new LetterRenderer();

    private SignedLetters() {
    }

    static PadesSigner developmentSigner() {
        return Holder.SIGNER;
    }

    static byte[] unsignedSettlementLetter() {
        return RENDERER.render(SampleLetters.inpatientSettlement());
    }

    static byte[] signedSettlementLetter() {
        return developmentSigner().sign(unsignedSettlementLetter());
    }

    /** pdfsig's report, with the development CA trusted in a fresh NSS database under {@code directory}. */
    static String pdfsigTrustingDevelopmentCa(Path directory, byte[] pdf) {
        try {
            Path nss = Files.createDirectories(directory.resolve("nss"));
            if (!Files.exists(nss.resolve("cert9.db"))) {
                ExternalTool.runSuccessfully("certutil", "-N", "-d", "sql:" + nss, "--empty-password");
                ExternalTool.runSuccessfully("certutil", "-A", "-d", "sql:" + nss, "-n", "ca", "-t", "C,C,C",
                        "-i", DevelopmentKeys.caCertificateFile().toString());
            }
            Path file = Files.write(Files.createTempFile(directory, "letter", ".pdf"), pdf);
            return ExternalTool.run("pdfsig", "-nssdir", "sql:" + nss, file.toString()).output();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Holder {
        static final PadesSigner SIGNER = new PadesSigner(DevelopmentKeys.credentials(), SampleLetters.UNION_NAME,
                SIGNING_CLOCK);
    }
}

package org.huzhu.infrastructure.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;

/**
 * The development keys made by {@code wildfly-config/dev-signing-keys.sh}, run once per test
 * JVM into a fresh directory under {@code target/}: the signing tests thereby test the script.
 */
final class DevelopmentKeys {

    static final String PASSWORD = "huzhu-dev-signing";
    static final String ALIAS = "huzhu-signing";
    static final Path SCRIPT = Path.of("..", "wildfly-config", "dev-signing-keys.sh").toAbsolutePath().normalize();

    private DevelopmentKeys() {
    }

    static Path directory() {
        return Holder.DIRECTORY;
    }

    static SigningCredentials credentials() {
        return SigningCredentials.fromPkcs12(directory().resolve("signing.p12"), PASSWORD.toCharArray(), ALIAS);
    }

    static Path caCertificateFile() {
        return directory().resolve("ca.crt");
    }

    static X509Certificate caCertificate() {
        try (InputStream in = Files.newInputStream(caCertificateFile())) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs the script into {@code directory}, with the default password. */
    static String runScript(Path directory) {
        return ExternalTool.runSuccessfully("bash", SCRIPT.toString(), directory.toString());
    }

    private static final class Holder {
        static final Path DIRECTORY = create();

        private static Path create() {
            try {
                Path target = Files.createDirectories(Path.of("target"));
                Path directory = Files.createTempDirectory(target, "dev-signing-keys");
                runScript(directory);
                return directory;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

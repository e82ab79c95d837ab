package org.huzhu.infrastructure.pdf;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.huzhu.domain.model.letter.LetterIssue;
import org.huzhu.domain.model.letter.VerificationCode;
import org.huzhu.domain.model.shared.BusinessDate;
import org.huzhu.domain.model.shared.LetterNumber;
import org.huzhu.infrastructure.HuzhuSettings;

/**
 * The renderer, signer and verifier of this deployment, made once from the server settings
 * (wildfly-config/configure-application.cli): the key store and its password, the union's CA,
 * the optional time-stamp authority, the union's name and the public address of the verify page.
 * Loading the key and building the seal take a moment, and the objects are thread-safe, so every
 * letter shares them. Made on first use; a missing or unusable setting fails that use with a
 * message that names the setting, and the next use tries again.
 */
@ApplicationScoped
public class LetterSigning {

    /** The key entry that wildfly-config/dev-signing-keys.sh creates, and a production store must use. */
    public static final String KEY_ALIAS = "huzhu-signing";
    public static final ZoneId ZONE = BusinessDate.ZONE;
    /** The page the QR code opens, under the public address. */
    static final String VERIFY_PAGE = "/verify.html";
    private static final Duration TSA_TIMEOUT = Duration.ofSeconds(15);
    private static final Logger LOG = Logger.getLogger(LetterSigning.class.getName());

    private final Clock clock = Clock.system(ZONE);
    private final LetterRenderer renderer = new LetterRenderer();
    private String unionName;
    private URI verifyPage;
    private PadesSigner signer;
    private LetterVerifier verifier;

    @PostConstruct
    void load() {
        unionName = HuzhuSettings.required(HuzhuSettings.UNION_NAME);
        verifyPage = URI.create(HuzhuSettings.required(HuzhuSettings.PUBLIC_URL).replaceAll("/+$", "") + VERIFY_PAGE);
        Path keyStore = Path.of(HuzhuSettings.required(HuzhuSettings.SIGNING_KEYSTORE));
        SigningCredentials credentials = credentials(keyStore);
        Optional<TimeStampAuthorityClient> timeStamps = HuzhuSettings.optional(HuzhuSettings.TSA_URL)
                .map(url -> new TimeStampAuthorityClient(URI.create(url), TSA_TIMEOUT));
        signer = new PadesSigner(credentials, unionName, timeStamps, clock);
        verifier = new LetterVerifier(trustedAuthorities(Path.of(HuzhuSettings.required(HuzhuSettings.SIGNING_CA))));
        LOG.info(() -> "letters signed by " + credentials + (timeStamps.isPresent()
                ? " with time stamps from " + HuzhuSettings.optional(HuzhuSettings.TSA_URL).orElseThrow()
                : " without time stamps (PAdES B-B)") + "; verify page " + verifyPage);
    }

    public LetterRenderer renderer() {
        return renderer;
    }

    public PadesSigner signer() {
        return signer;
    }

    public LetterVerifier verifier() {
        return verifier;
    }

    /** The union that issues the letters, as they name it. */
    public String unionName() {
        return unionName;
    }

    /** The page where anyone checks a letter, as its QR code opens it. */
    public URI verifyPage() {
        return verifyPage;
    }

    /** Today in the union's time zone: a letter's date, and the year of its number. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The issue of a letter dated today. */
    public LetterIssue issue(LetterNumber number, VerificationCode code) {
        return new LetterIssue(unionName, number.value(), today(), code, verifyPage);
    }

    private static SigningCredentials credentials(Path keyStore) {
        try {
            return SigningCredentials.fromPkcs12(keyStore,
                    HuzhuSettings.required(HuzhuSettings.SIGNING_PASSWORD).toCharArray(), KEY_ALIAS);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the signing key store (" + HuzhuSettings.SIGNING_KEYSTORE + ", password "
                    + HuzhuSettings.SIGNING_PASSWORD + ") is unusable: " + e.getMessage(), e);
        }
    }

    private static List<X509Certificate> trustedAuthorities(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            List<X509Certificate> certificates = CertificateFactory.getInstance("X.509").generateCertificates(in)
                    .stream().map(X509Certificate.class::cast).toList();
            if (certificates.isEmpty()) {
                throw new IllegalStateException("the file " + file + " named by " + HuzhuSettings.SIGNING_CA
                        + " holds no certificate");
            }
            return certificates;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the union CA certificates from " + file + " ("
                    + HuzhuSettings.SIGNING_CA + "): " + e.getMessage(), e);
        }
    }
}

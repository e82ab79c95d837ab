package org.huzhu.infrastructure.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The union's signing key with its certificate chain, signing certificate first. Loaded from
 * the server's PKCS #12 key store, whose path and password come from server configuration,
 * never from the source tree.
 */
public record SigningCredentials(PrivateKey privateKey, List<X509Certificate> chain) {

    public SigningCredentials {
        Objects.requireNonNull(privateKey, "privateKey");
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a signing key needs its certificate");
        }
    }

    /** The key entry {@code alias} of a PKCS #12 key store whose key has the store's password. */
    public static SigningCredentials fromPkcs12(Path keyStoreFile, char[] password, String alias) {
        Objects.requireNonNull(alias, "alias");
        try (InputStream in = Files.newInputStream(keyStoreFile)) {
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            keyStore.load(in, password);
            if (!(keyStore.getKey(alias, password) instanceof PrivateKey key)) {
                throw new IllegalArgumentException("key store " + keyStoreFile + " has no private key '" + alias + "'");
            }
            Certificate[] certificates = keyStore.getCertificateChain(alias);
            return new SigningCredentials(key, Arrays.stream(certificates).map(X509Certificate.class::cast).toList());
        } catch (IOException | GeneralSecurityException e) {
            // The message never includes the password; a wrong one shows up here as an IOException.
            throw new IllegalArgumentException("cannot load signing key '" + alias + "' from " + keyStoreFile + ": "
                    + e.getMessage(), e);
        }
    }

    public X509Certificate signingCertificate() {
        return chain.get(0);
    }

    /** Names the certificate only: the default record form would print the private key. */
    @Override
    public String toString() {
        return "SigningCredentials[" + signingCertificate().getSubjectX500Principal().getName() + "]";
    }
}

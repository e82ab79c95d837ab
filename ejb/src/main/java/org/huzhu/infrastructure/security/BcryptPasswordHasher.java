package org.huzhu.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import org.huzhu.domain.model.user.PasswordHash;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.spec.EncryptablePasswordSpec;
import org.wildfly.security.password.spec.IteratedSaltedPasswordAlgorithmSpec;

/**
 * Hashes passwords with bcrypt through WildFly Elytron's own password factory, so that the
 * server's jdbc-realm (bcrypt-mapper, base64 hash and salt) verifies exactly what is stored here.
 */
@ApplicationScoped
public class BcryptPasswordHasher {

    /** Cost 10: about 50 ms a sign-in on these machines, slow enough to hamper guessing. */
    static final int COST = 10;

    private final SecureRandom random = new SecureRandom();

    public PasswordHash hash(char[] password) {
        byte[] salt = new byte[BCryptPassword.BCRYPT_SALT_SIZE];
        random.nextBytes(salt);
        try {
            BCryptPassword hashed = (BCryptPassword) factory().generatePassword(
                    new EncryptablePasswordSpec(password, new IteratedSaltedPasswordAlgorithmSpec(COST, salt)));
            Base64.Encoder base64 = Base64.getEncoder();
            return new PasswordHash(base64.encodeToString(hashed.getHash()),
                    base64.encodeToString(hashed.getSalt()), hashed.getIterationCount());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt is not available", e);
        }
    }

    public boolean matches(char[] password, PasswordHash stored) {
        try {
            Base64.Decoder base64 = Base64.getDecoder();
            PasswordFactory factory = factory();
            BCryptPassword expected = (BCryptPassword) factory.generatePassword(
                    new org.wildfly.security.password.spec.IteratedSaltedHashPasswordSpec(
                            base64.decode(stored.hash()), base64.decode(stored.salt()), stored.cost()));
            return factory.verify(expected, password);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt is not available", e);
        }
    }

    private static PasswordFactory factory() throws GeneralSecurityException {
        return PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, WildFlyElytronPasswordProvider.getInstance());
    }
}

package org.huzhu.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.security.interfaces.RSAPrivateCrtKey;
import org.junit.jupiter.api.Test;

class SigningCredentialsTest {

    /**
     * Signing a letter costs one RSA private-key operation; without its CRT parameters (a key read from a bare
     * modulus and exponent) that operation takes about four times as long. The development key store, as the
     * server loads it, must give the full key.
     */
    @Test
    void theDevelopmentKeyIsAnRsa2048KeyWithItsChineseRemainderParameters() {
        SigningCredentials credentials = DevelopmentKeys.credentials();

        RSAPrivateCrtKey key = assertInstanceOf(RSAPrivateCrtKey.class, credentials.privateKey());
        assertEquals(2048, key.getModulus().bitLength());
        assertNotNull(key.getPrimeP());
        assertNotNull(key.getPrimeExponentP());
        assertNotNull(key.getCrtCoefficient());
        assertEquals(key.getModulus(), key.getPrimeP().multiply(key.getPrimeQ()), "p × q is the modulus");
    }
}

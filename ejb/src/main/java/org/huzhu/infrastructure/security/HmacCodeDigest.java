package org.huzhu.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.huzhu.domain.model.user.CodeDigest;
import org.huzhu.infrastructure.HuzhuSettings;

/**
 * HMAC-SHA-256 of a sign-in code under the server's key ({@value HuzhuSettings#SIGN_IN_CODE_KEY}, from
 * {@code HUZHU_SIGNIN_CODE_KEY}). Without that setting the server makes up a random key when it starts: a code
 * lives five minutes, so a restart only voids the codes just sent, and a key that was never written down cannot
 * leak. Servers that share one database behind a balancer must be given the same key.
 */
@ApplicationScoped
public class HmacCodeDigest implements CodeDigest {

    private static final Logger LOG = Logger.getLogger(HmacCodeDigest.class.getName());
    private static final String ALGORITHM = "HmacSHA256";
    private static final int RANDOM_KEY_BYTES = 32;

    private final SecretKeySpec key;

    public HmacCodeDigest() {
        this.key = new SecretKeySpec(HuzhuSettings.optional(HuzhuSettings.SIGN_IN_CODE_KEY)
                .map(configured -> configured.getBytes(StandardCharsets.UTF_8))
                .orElseGet(HmacCodeDigest::randomKey), ALGORITHM);
    }

    private static byte[] randomKey() {
        LOG.info(() -> HuzhuSettings.SIGN_IN_CODE_KEY + " is not set: sign-in codes are keyed with a random key until the server stops");
        byte[] random = new byte[RANDOM_KEY_BYTES];
        new SecureRandom().nextBytes(random);
        return random;
    }

    @Override
    public String of(String code) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(code.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java has " + ALGORITHM, e);
        }
    }
}

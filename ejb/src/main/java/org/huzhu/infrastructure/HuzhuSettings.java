package org.huzhu.infrastructure;

import java.time.Duration;
import java.util.Optional;

/**
 * Huzhu's settings as wildfly-config/configure-application.cli installs them: system properties
 * of the server, so that no path, password or host name lives in the code.
 */
public final class HuzhuSettings {

    public static final String PROFILE = "huzhu.profile";
    public static final String UNION_NAME = "huzhu.union.name";
    public static final String PUBLIC_URL = "huzhu.public.url";
    public static final String SIGNING_KEYSTORE = "huzhu.signing.keystore";
    public static final String SIGNING_PASSWORD = "huzhu.signing.password";
    public static final String SIGNING_CA = "huzhu.signing.ca";
    public static final String TSA_URL = "huzhu.tsa.url";
    public static final String FILES_DIR = "huzhu.files.dir";
    public static final String SETTLEMENT_SCHEDULE = "huzhu.settlement.schedule";
    public static final String ISSUED_PASSWORD_DAYS = "huzhu.password.issued.days";
    public static final String SIGN_IN_CODE_KEY = "huzhu.signin.code-key";

    private static final int DEFAULT_ISSUED_PASSWORD_DAYS = 7;

    private static final String DEMO_PROFILE = "demo";
    private static final String NOT_SET = "none";

    private HuzhuSettings() {
    }

    /** Demo data loads only in the demo profile; any other value (production) never loads it. */
    public static boolean isDemo() {
        return DEMO_PROFILE.equals(System.getProperty(PROFILE));
    }

    /** How long an issued password (a new account's, a reset's) lets its holder replace it: 7 days unless set. */
    public static Duration issuedPasswordValidity() {
        return Duration.ofDays(optional(ISSUED_PASSWORD_DAYS).map(Integer::parseInt).orElse(DEFAULT_ISSUED_PASSWORD_DAYS));
    }

    public static String required(String name) {
        return optional(name).orElseThrow(() -> new IllegalStateException(
                "the server setting " + name + " is missing: run wildfly-config/configure-application.cli"));
    }

    public static Optional<String> optional(String name) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() || NOT_SET.equals(value) ? Optional.empty() : Optional.of(value);
    }
}

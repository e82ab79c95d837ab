package org.huzhu.infrastructure.notice;

import java.time.Duration;
import java.util.Optional;
import org.huzhu.domain.model.notice.DeliverySchedule;
import org.huzhu.infrastructure.HuzhuSettings;

/** The sender's settings (system properties {@code huzhu.sms.*}, set by wildfly-config/configure-application.cli). */
public final class NoticeSettings {

    /** The SMS service: {@code record}, or the name of a production adapter; unset in demo and test. */
    public static final String PROVIDER = "huzhu.sms.provider";
    /** Seconds between the timer's rounds, which pick up what the immediate delivery after a commit left. */
    public static final String POLL_SECONDS = "huzhu.sms.poll-seconds";
    /** Seconds before the first retry; each further one waits twice as long, up to an hour. */
    public static final String FIRST_RETRY_SECONDS = "huzhu.sms.retry.first-seconds";
    /** Tries before a notice is given up as FAILED. */
    public static final String MAX_ATTEMPTS = "huzhu.sms.retry.max-attempts";

    private static final String DEMO_PROFILE = "demo";
    private static final String TEST_PROFILE = "test";

    private NoticeSettings() {
    }

    /**
     * The demo and test profiles only record texts, whatever provider is set, and let an admin read them
     * ({@code GET /outbox}); any other profile is a production configuration.
     */
    public static boolean recordsOnly() {
        String profile = System.getProperty(HuzhuSettings.PROFILE);
        return DEMO_PROFILE.equals(profile) || TEST_PROFILE.equals(profile);
    }

    public static Optional<String> provider() {
        return HuzhuSettings.optional(PROVIDER);
    }

    public static Duration pollInterval() {
        return Duration.ofSeconds(seconds(POLL_SECONDS, 30));
    }

    public static DeliverySchedule schedule() {
        DeliverySchedule standard = DeliverySchedule.STANDARD;
        return new DeliverySchedule(
                (int) seconds(MAX_ATTEMPTS, standard.maxAttempts()),
                Duration.ofSeconds(seconds(FIRST_RETRY_SECONDS, standard.firstRetry().toSeconds())),
                standard.longestWait());
    }

    private static long seconds(String name, long otherwise) {
        return HuzhuSettings.optional(name).map(Long::parseLong).orElse(otherwise);
    }
}

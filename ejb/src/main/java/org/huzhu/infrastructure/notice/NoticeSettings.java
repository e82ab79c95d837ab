package org.huzhu.infrastructure.notice;

import java.time.Duration;
import java.util.Optional;
import org.huzhu.domain.model.notice.DeliverySchedule;
import org.huzhu.infrastructure.HuzhuSettings;

/** The sender's settings (system properties {@code huzhu.sms.*}, set by wildfly-config/configure-application.cli). */
public final class NoticeSettings {

    /** The SMS service: {@code record}, or the name of a production adapter; unset in demo and test. */
    public static final String PROVIDER = "huzhu.sms.provider";

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

    /** Between the timer's rounds, which pick up what the delivery right after a commit left: 30 s unless set. */
    public static Duration pollInterval() {
        return Duration.ofSeconds(number("huzhu.sms.poll-seconds", 30));
    }

    /** {@link DeliverySchedule#STANDARD}, with the first retry's seconds and the number of tries as set. */
    public static DeliverySchedule schedule() {
        DeliverySchedule standard = DeliverySchedule.STANDARD;
        return new DeliverySchedule(
                (int) number("huzhu.sms.retry.max-attempts", standard.maxAttempts()),
                Duration.ofSeconds(number("huzhu.sms.retry.first-seconds", standard.firstRetry().toSeconds())),
                standard.longestWait());
    }

    private static long number(String name, long otherwise) {
        return HuzhuSettings.optional(name).map(Long::parseLong).orElse(otherwise);
    }
}

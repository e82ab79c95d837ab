package org.huzhu.infrastructure.sms;

import java.net.URI;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.huzhu.domain.model.notice.NoticeKind;
import org.huzhu.infrastructure.HuzhuSettings;

/**
 * How Huzhu reaches Alibaba Cloud SMS, from the server's system properties (set by
 * {@code wildfly-config/configure-application.cli} from the environment): the endpoint, the access key, the sign
 * name (签名) and the code of each notice's approved template. As for every setting, {@code none} or nothing stands
 * for a setting not given; the sign name then is the union's name.
 *
 * @param endpoint     the service's address: {@value #DEFAULT_ENDPOINT} unless a test points it at a stub
 * @param signName     the approved sign, e.g. the union's name
 * @param timeout      how long one call may take, connecting included
 */
public record AliyunSmsSettings(URI endpoint, String accessKeyId, String accessKeySecret, String signName,
                                Map<NoticeKind, String> templateCodes, Duration timeout) {

    public static final String DEFAULT_ENDPOINT = "https://dysmsapi.aliyuncs.com";
    public static final String ENDPOINT = "huzhu.sms.endpoint";
    public static final String ACCESS_KEY_ID = "huzhu.sms.access-key-id";
    public static final String ACCESS_KEY_SECRET = "huzhu.sms.access-key-secret";
    public static final String SIGN_NAME = "huzhu.sms.sign-name";
    /** Followed by the notice kind's name: {@code huzhu.sms.template.SIGN_IN_CODE}. */
    public static final String TEMPLATE_PREFIX = "huzhu.sms.template.";
    /** The service answers within a second as a rule; its own advice is a timeout of at least one second. */
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    public AliyunSmsSettings {
        Objects.requireNonNull(endpoint, "endpoint");
        requireGiven(accessKeyId, ACCESS_KEY_ID);
        requireGiven(accessKeySecret, ACCESS_KEY_SECRET);
        requireGiven(signName, SIGN_NAME);
        for (NoticeKind kind : NoticeKind.values()) {
            requireGiven(templateCodes.get(kind), TEMPLATE_PREFIX + kind.name());
        }
        templateCodes = Map.copyOf(templateCodes);
        Objects.requireNonNull(timeout, "timeout");
    }

    /** @throws IllegalStateException naming the first setting that is missing */
    public static AliyunSmsSettings fromSystemProperties() {
        Map<NoticeKind, String> templates = new EnumMap<>(NoticeKind.class);
        for (NoticeKind kind : NoticeKind.values()) {
            templates.put(kind, setting(TEMPLATE_PREFIX + kind.name()));
        }
        return new AliyunSmsSettings(URI.create(HuzhuSettings.optional(ENDPOINT).orElse(DEFAULT_ENDPOINT)),
                setting(ACCESS_KEY_ID), setting(ACCESS_KEY_SECRET),
                HuzhuSettings.optional(SIGN_NAME).orElseGet(() -> HuzhuSettings.required(HuzhuSettings.UNION_NAME)),
                templates, TIMEOUT);
    }

    public String templateCode(NoticeKind kind) {
        return templateCodes.get(kind);
    }

    /** Everything but the secret, so that the settings can be logged. */
    @Override
    public String toString() {
        return "AliyunSmsSettings[endpoint=" + endpoint + ", accessKeyId=" + accessKeyId + ", signName=" + signName
                + ", templateCodes=" + templateCodes + ", timeout=" + timeout + "]";
    }

    private static String setting(String name) {
        return HuzhuSettings.optional(name).orElse(null);
    }

    private static void requireGiven(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("the SMS service needs the setting " + name);
        }
    }
}

package org.huzhu.infrastructure.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.huzhu.domain.model.notice.SmsGateway;
import org.huzhu.infrastructure.persistence.RecordingSmsGateway;
import org.huzhu.infrastructure.sms.AliyunSmsGateway;

/**
 * Chooses the SMS gateway the sender uses. The demo and test profiles always record
 * ({@link RecordingSmsGateway}); otherwise {@code huzhu.sms.provider} names it: {@code record}, {@code aliyun}
 * ({@link AliyunSmsGateway}, made from its settings), or another adapter: a CDI bean implementing
 * {@link SmsGateway} whose {@code @Named} value is the provider (or, without one, whose class is the provider's name
 * followed by {@code SmsGateway}).
 * A production configuration without a provider, or with one no adapter answers to, leaves every notice PENDING and
 * says so once in the log: notices are kept, not lost, until the setting is fixed and the server restarted.
 */
@ApplicationScoped
public class SmsGateways {

    private static final Logger LOG = Logger.getLogger(SmsGateways.class.getName());
    private static final String ADAPTER_SUFFIX = "smsgateway";

    @Inject
    @Any
    private Instance<SmsGateway> gateways;

    private volatile Optional<SmsGateway> chosen;

    /** The gateway to send through; empty when none is configured (notices then wait). */
    public Optional<SmsGateway> chosen() {
        Optional<SmsGateway> gateway = chosen;
        if (gateway == null) {
            synchronized (this) {
                if (chosen == null) {
                    chosen = choose();
                }
                gateway = chosen;
            }
        }
        return gateway;
    }

    private Optional<SmsGateway> choose() {
        String provider = NoticeSettings.recordsOnly()
                ? RecordingSmsGateway.PROVIDER : NoticeSettings.provider().orElse(null);
        if (provider == null) {
            LOG.warning("no SMS service is configured (" + NoticeSettings.PROVIDER + "): notices to members are kept "
                    + "in the outbox and not sent; set it with wildfly-config/configure-application.cli and restart");
            return Optional.empty();
        }
        if (AliyunSmsGateway.PROVIDER.equalsIgnoreCase(provider)) {
            LOG.info("notices to members are sent through Alibaba Cloud SMS");
            return Optional.of(AliyunSmsGateway.fromSystemProperties());
        }
        for (Instance.Handle<SmsGateway> handle : gateways.handles()) {
            if (answersTo(handle.getBean(), provider)) {
                LOG.info("notices to members are sent through " + handle.getBean().getBeanClass().getSimpleName());
                return Optional.of(handle.get());
            }
        }
        LOG.warning("no SMS gateway answers to " + NoticeSettings.PROVIDER + "=" + provider
                + ": notices to members are kept in the outbox and not sent");
        return Optional.empty();
    }

    private static boolean answersTo(Bean<?> bean, String provider) {
        String name = bean.getName() != null ? bean.getName()
                : bean.getBeanClass().getSimpleName().toLowerCase(Locale.ROOT).replace(ADAPTER_SUFFIX, "");
        return name.equalsIgnoreCase(provider);
    }
}

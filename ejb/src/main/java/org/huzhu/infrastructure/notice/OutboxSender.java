package org.huzhu.infrastructure.notice;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.huzhu.domain.model.notice.DeliveryAttempt;
import org.huzhu.domain.model.notice.DeliverySchedule;
import org.huzhu.domain.model.notice.DueNotice;
import org.huzhu.domain.model.notice.NoticeDeliveries;
import org.huzhu.domain.model.notice.SmsGateway;

/**
 * Delivers the outbox: claims due notices in a short transaction of its own, hands each to the SMS gateway outside
 * any transaction (the service may be slow), then records every try in another. At least once: a notice is SENT only
 * after the gateway took it, so a crash in between tries it again once its lease has run out, with the same message
 * id, which the service takes as the same message.
 * <p>
 * It runs right after a transaction that posted notices commits ({@link DeliverAfterCommit}), so that a sign-in code
 * arrives within a second or so, and on a timer for retries and for what a restart left: the timer is not persistent,
 * because the outbox table itself is what survives a restart, and a missed round needs no catching up. One run at a
 * time per server: a request to run while one is running makes that run go round once more. Several servers may run
 * at once; the claim's lease keeps them off each other's notices.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
    /** Notices claimed per round trip. */
    private static final int BATCH = 50;
    /** Longer than a batch of sends can take: a gateway call times out well within it. */
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final Duration FIRST_ROUND_AFTER_START = Duration.ofSeconds(10);

    @Resource
    private TimerService timers;

    @Resource
    private UserTransaction transaction;

    @Inject
    private NoticeDeliveries deliveries;

    @Inject
    private SmsGateways gateways;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean askedAgain = new AtomicBoolean();
    private DeliverySchedule schedule;

    @PostConstruct
    void start() {
        schedule = NoticeSettings.schedule();
        timers.createIntervalTimer(FIRST_ROUND_AFTER_START.toMillis(), NoticeSettings.pollInterval().toMillis(),
                new TimerConfig("outbox sender", false));
    }

    /** Delivers what is due now, in the background. */
    @Asynchronous
    public void deliverSoon() {
        deliverDue();
    }

    @Timeout
    void onTimer() {
        deliverDue();
    }

    private void deliverDue() {
        while (running.compareAndSet(false, true)) {
            try {
                askedAgain.set(false);
                Optional<SmsGateway> gateway = gateways.chosen();
                if (gateway.isEmpty()) {
                    return;
                }
                while (deliverBatch(gateway.get()) == BATCH) {
                    // a full batch: there may be more due
                }
            } catch (Exception e) {
                LOG.log(Level.WARNING, "delivering the outbox failed; the timer tries again", e);
                return;
            } finally {
                running.set(false);
            }
            if (!askedAgain.get()) {
                return;
            }
        }
        askedAgain.set(true);
    }

    private int deliverBatch(SmsGateway gateway) throws Exception {
        List<DueNotice> due = inTransaction(() -> deliveries.claimDue(BATCH, LEASE));
        List<DeliveryAttempt> attempts = new ArrayList<>(due.size());
        for (DueNotice notice : due) {
            attempts.add(tryToSend(gateway, notice));
        }
        if (!attempts.isEmpty()) {
            inTransaction(() -> {
                deliveries.record(attempts);
                return attempts.size();
            });
        }
        return due.size();
    }

    private DeliveryAttempt tryToSend(SmsGateway gateway, DueNotice notice) {
        try {
            gateway.send(notice.messageId(), notice.notice(), notice.text());
            return DeliveryAttempt.sent(notice);
        } catch (SmsGateway.NotSent e) {
            return DeliveryAttempt.refused(notice, e.getMessage(), e.worthRetrying(), schedule, Instant.now());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the SMS gateway failed on message " + notice.messageId(), e);
            return DeliveryAttempt.refused(notice, String.valueOf(e), true, schedule, Instant.now());
        }
    }

    private <T> T inTransaction(Callable<T> work) throws Exception {
        transaction.begin();
        try {
            T result = work.call();
            transaction.commit();
            return result;
        } catch (Exception e) {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
            throw e;
        }
    }
}

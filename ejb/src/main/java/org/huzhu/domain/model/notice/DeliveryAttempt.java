package org.huzhu.domain.model.notice;

import java.time.Instant;
import java.util.Objects;

/**
 * What came of one try to hand a notice to the SMS service.
 *
 * @param notice        the notice tried
 * @param outcome       sent, to be tried again, or given up
 * @param detail        the service's answer when it did not take the notice
 * @param nextAttemptAt when it is tried again; only for {@link Outcome#RETRY}
 */
public record DeliveryAttempt(DueNotice notice, Outcome outcome, String detail, Instant nextAttemptAt) {

    /** The outcomes of table {@code outbox_attempt}. */
    public enum Outcome { SENT, RETRY, FAILED }

    public DeliveryAttempt {
        Objects.requireNonNull(notice, "notice");
        Objects.requireNonNull(outcome, "outcome");
        if ((outcome == Outcome.RETRY) != (nextAttemptAt != null)) {
            throw new IllegalArgumentException("a notice has a next try exactly when it is to be tried again");
        }
    }

    public static DeliveryAttempt sent(DueNotice notice) {
        return new DeliveryAttempt(notice, Outcome.SENT, null, null);
    }

    /** A try the service refused: tried again on the schedule, or given up once the schedule says so. */
    public static DeliveryAttempt refused(DueNotice notice, String detail, boolean worthRetrying,
                                          DeliverySchedule schedule, Instant now) {
        return schedule.nextAttempt(notice.attempt(), worthRetrying, now)
                .map(next -> new DeliveryAttempt(notice, Outcome.RETRY, detail, next))
                .orElseGet(() -> new DeliveryAttempt(notice, Outcome.FAILED, detail, null));
    }
}

package org.huzhu.domain.model.notice;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When a notice the SMS service did not take is tried again: after {@code firstRetry}, then twice as long after each
 * further failure, never longer than {@code longestWait}; after {@code maxAttempts} tries it is given up (FAILED).
 * The defaults, 10 tries from 30 seconds to an hour, keep trying for about three hours: long enough to
 * outlast an outage of the service, short enough that a late letter notice is still news.
 */
public record DeliverySchedule(int maxAttempts, Duration firstRetry, Duration longestWait) {

    public static final DeliverySchedule STANDARD = new DeliverySchedule(10, Duration.ofSeconds(30), Duration.ofHours(1));

    public DeliverySchedule {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("a notice is tried at least once, not " + maxAttempts + " times");
        }
        Objects.requireNonNull(firstRetry, "firstRetry");
        Objects.requireNonNull(longestWait, "longestWait");
        if (firstRetry.isNegative() || longestWait.compareTo(firstRetry) < 0) {
            throw new IllegalArgumentException("waits from " + firstRetry + " up to " + longestWait + " make no schedule");
        }
    }

    /** How long to wait after the given number of failed tries: 1 → firstRetry, 2 → twice that, … */
    public Duration waitAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("no wait before the first try");
        }
        // Doubling past 30 shifts overflows a long; by then the cap has long applied.
        Duration wait = firstRetry.multipliedBy(1L << Math.min(failedAttempts - 1, 30));
        return wait.compareTo(longestWait) > 0 ? longestWait : wait;
    }

    /**
     * What follows a failed try.
     *
     * @param attemptsMade  the tries made so far, the failed one included
     * @param worthRetrying false when no repeat can change the answer (a number or template the service refuses)
     * @return the next try's time, or empty when the notice is given up
     */
    public Optional<Instant> nextAttempt(int attemptsMade, boolean worthRetrying, Instant now) {
        if (!worthRetrying || attemptsMade >= maxAttempts) {
            return Optional.empty();
        }
        return Optional.of(now.plus(waitAfter(attemptsMade)));
    }
}

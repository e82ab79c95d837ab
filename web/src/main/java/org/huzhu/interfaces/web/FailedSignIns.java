package org.huzhu.interfaces.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins counted per client address in fixed windows: after {@code maxFailures} failures within
 * {@code window} of the first, the address may not try again until the window ends. At most
 * {@code maxAddresses} addresses are tracked: when full, ended windows are dropped, and if that is not
 * enough everything is (someone who controls that many addresses is not stopped by counting per address;
 * WildFly's per-account lockout still holds). The requests for sign-in codes are counted the same way, each
 * request as one (see {@link SignInThrottle}).
 */
final class FailedSignIns {

    private record Window(Instant start, int failures) {
    }

    private final int maxFailures;
    private final Duration window;
    private final int maxAddresses;
    private final Map<String, Window> byAddress = new ConcurrentHashMap<>();

    FailedSignIns(int maxFailures, Duration window, int maxAddresses) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.maxAddresses = maxAddresses;
    }

    /** How long this address must wait before it may try to sign in again; zero when it may now. */
    Duration waitFor(String address, Instant now) {
        Window current = byAddress.get(address);
        if (current == null || current.failures() < maxFailures) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, current.start().plus(window));
        return left.isNegative() || left.isZero() ? Duration.ZERO : left;
    }

    void recordFailure(String address, Instant now) {
        if (byAddress.size() >= maxAddresses && !byAddress.containsKey(address)) {
            byAddress.values().removeIf(w -> !now.isBefore(w.start().plus(window)));
            if (byAddress.size() >= maxAddresses) {
                byAddress.clear();
            }
        }
        byAddress.merge(address, new Window(now, 1), (old, first) ->
                now.isBefore(old.start().plus(window)) ? new Window(old.start(), old.failures() + 1) : first);
    }

    int trackedAddresses() {
        return byAddress.size();
    }
}

package org.huzhu.application.internal;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.huzhu.application.ApiTokens.TokenHolder;

/**
 * Valid tokens by their hash, remembered for a minute so that a busy API client costs no query per
 * request. Only valid tokens are kept (an unknown one cannot fill the map), at most {@value #MAX_ENTRIES};
 * a revocation forgets all of them once it has committed.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ApiTokenCache {

    static final int MAX_ENTRIES = 1_000;
    private static final Duration TIME_TO_LIVE = Duration.ofMinutes(1);

    private record Entry(TokenHolder holder, Instant expires) {
    }

    private final Map<String, Entry> byHash = new ConcurrentHashMap<>();

    public Optional<TokenHolder> find(String hash) {
        Entry entry = byHash.get(hash);
        if (entry == null || entry.expires().isBefore(Instant.now())) {
            return Optional.empty();
        }
        return Optional.of(entry.holder());
    }

    public void remember(String hash, TokenHolder holder) {
        if (byHash.size() >= MAX_ENTRIES) {
            byHash.clear();
        }
        byHash.put(hash, new Entry(holder, Instant.now().plus(TIME_TO_LIVE)));
    }

    public void forgetAll() {
        byHash.clear();
    }
}

package org.huzhu.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BlockReservedNumbersTest {

    /** number_sequence in memory: per year, the last number reserved; counts its reservations. */
    private static final class Sequence implements BlockReservedNumbers.Reservation {
        final ConcurrentHashMap<Integer, Long> lastByYear = new ConcurrentHashMap<>();
        final AtomicInteger reservations = new AtomicInteger();

        @Override
        public long reserve(int year, int count) {
            reservations.incrementAndGet();
            return lastByYear.merge(year, (long) count, Long::sum) - count + 1;
        }
    }

    @Test
    void oneReservationServesABlockOfCallersInOrder() {
        Sequence sequence = new Sequence();
        BlockReservedNumbers numbers = new BlockReservedNumbers(20, sequence);

        for (long expected = 1; expected <= 45; expected++) {
            assertEquals(expected, numbers.next(2026));
        }
        assertEquals(3, sequence.reservations.get(), "45 numbers from blocks of 20");
    }

    @Test
    void eachYearHasItsOwnBlocks() {
        Sequence sequence = new Sequence();
        BlockReservedNumbers numbers = new BlockReservedNumbers(20, sequence);

        assertEquals(1, numbers.next(2026));
        assertEquals(1, numbers.next(2027));
        assertEquals(2, numbers.next(2026));
        assertEquals(2, sequence.reservations.get());
    }

    @Test
    void numbersTakenConcurrentlyAreNeverHandedOutTwiceNorSkipped() throws Exception {
        Sequence sequence = new Sequence();
        BlockReservedNumbers numbers = new BlockReservedNumbers(20, sequence);
        int threads = 8;
        int perThread = 2_500;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<Long>>> taken = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Callable<List<Long>> taker = () -> {
                    start.await();
                    List<Long> mine = new ArrayList<>(perThread);
                    for (int i = 0; i < perThread; i++) {
                        mine.add(numbers.next(2026));
                    }
                    return mine;
                };
                taken.add(pool.submit(taker));
            }
            start.countDown();
            Set<Long> all = new HashSet<>();
            for (Future<List<Long>> thread : taken) {
                for (long number : thread.get()) {
                    assertTrue(all.add(number), "number " + number + " handed out twice");
                }
            }
            int total = threads * perThread;
            assertEquals(total, all.size());
            assertTrue(all.stream().allMatch(n -> n >= 1 && n <= total), "every number within the blocks reserved");
            assertEquals(total / 20, sequence.reservations.get(), "one reservation per 20 numbers");
        } finally {
            pool.shutdownNow();
        }
    }
}

package org.huzhu.infrastructure.persistence;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The numbers of one kind, year by year, handed out from blocks that are reserved {@code blockSize} at a time:
 * one reservation (a transaction on {@code number_sequence}) serves {@code blockSize} callers. Every number it
 * hands out is one its reservations returned, and none twice, however many threads ask at once; numbers left in
 * a block when the holder goes away are never handed out (a gap, never a duplicate).
 */
final class BlockReservedNumbers {

    /** Reserves {@code count} consecutive numbers of {@code year} and returns the first of them. */
    @FunctionalInterface
    interface Reservation {
        long reserve(int year, int count);
    }

    private final int blockSize;
    private final Reservation reservation;
    private final Map<Integer, Block> blocksByYear = new ConcurrentHashMap<>();

    BlockReservedNumbers(int blockSize, Reservation reservation) {
        if (blockSize < 1) {
            throw new IllegalArgumentException("a block holds at least one number, not " + blockSize);
        }
        this.blockSize = blockSize;
        this.reservation = reservation;
    }

    long next(int year) {
        Block block = blocksByYear.computeIfAbsent(year, unused -> new Block());
        synchronized (block) {
            if (block.next > block.last) {
                block.next = reservation.reserve(year, blockSize);
                block.last = block.next + blockSize - 1;
            }
            return block.next++;
        }
    }

    /** The numbers of one year still held: {@code next..last}, empty when next > last. */
    private static final class Block {
        long next = 1;
        long last = 0;
    }
}

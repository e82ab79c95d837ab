package org.huzhu.infrastructure.persistence;

import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Claim numbers for intake, taken from {@link NumberSequences} a block at a time. Every claim needs a number, and
 * taking each in a transaction of its own made sixteen clerks queue on one row lock and one commit per claim. A
 * server restart leaves the rest of its block unused: claim numbers have gaps, never a number twice
 * (docs/decisions.md).
 */
@Singleton
@Lock(LockType.READ)
public class ClaimNumberBlocks {

    static final int BLOCK = 20;

    @EJB
    private NumberSequences sequences;

    private final Map<Integer, Block> blocksByYear = new ConcurrentHashMap<>();

    public long next(int year) {
        Block block = blocksByYear.computeIfAbsent(year, unused -> new Block());
        synchronized (block) {
            if (block.next > block.last) {
                block.next = sequences.reserve(NumberSequences.Kind.CLAIM, year, BLOCK);
                block.last = block.next + BLOCK - 1;
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

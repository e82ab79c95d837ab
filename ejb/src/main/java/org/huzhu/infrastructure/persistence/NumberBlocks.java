package org.huzhu.infrastructure.persistence;

import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import java.util.Map;
import org.huzhu.infrastructure.persistence.NumberSequences.Kind;

/**
 * Claim and letter numbers, taken from {@link NumberSequences} a block at a time. Every claim and every letter
 * needs a number, and taking each in a transaction of its own made sixteen clerks, or the letters step's
 * partitions, queue on one row lock and one commit per number. A server restart leaves the rest of its blocks
 * unused: claim and letter numbers have gaps, never a number twice (docs/decisions.md).
 */
@Singleton
@Lock(LockType.READ)
public class NumberBlocks {

    static final int BLOCK = 20;

    @EJB
    private NumberSequences sequences;

    private final Map<Kind, BlockReservedNumbers> byKind = Map.of(
            Kind.CLAIM, inBlocks(Kind.CLAIM),
            Kind.LETTER, inBlocks(Kind.LETTER));

    /** The next number of {@code kind} (claims and letters) in {@code year}. */
    public long next(Kind kind, int year) {
        BlockReservedNumbers numbers = byKind.get(kind);
        if (numbers == null) {
            throw new IllegalArgumentException(kind + " numbers are not taken in blocks");
        }
        return numbers.next(year);
    }

    /** The sequence is looked at only when a block runs out, after the container has injected it. */
    private BlockReservedNumbers inBlocks(Kind kind) {
        return new BlockReservedNumbers(BLOCK, (year, count) -> sequences.reserve(kind, year, count));
    }
}

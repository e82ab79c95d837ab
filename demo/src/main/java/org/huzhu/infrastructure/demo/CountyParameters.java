package org.huzhu.infrastructure.demo;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a synthetic county is made from. The same parameters always give the same county, record
 * for record, so {@code asOf} is a parameter and never read from the clock here.
 *
 * @param seed               chooses the county; any value gives a plausible one
 * @param scale              1 is the default county (about 98,000 enrolment-years); 0.01 a small one
 * @param asOf               the last day the county has lived through: its third plan year is asOf's year,
 *                           and no claim is submitted after it
 * @param unitCodePrefix     unit codes are this prefix and a number, so that two counties in one database
 *                           keep apart
 * @param firstMemberNumber  member numbers {@code M%08d} count up from here
 * @param firstClaimSequence in every year, claim numbers count up from this sequence
 */
public record CountyParameters(long seed, double scale, LocalDate asOf, String unitCodePrefix,
                               long firstMemberNumber, int firstClaimSequence) {

    /** The seed of the demo county that {@code ./huzhu start} loads. */
    public static final long DEMO_SEED = 20240101L;
    public static final String DEMO_UNIT_PREFIX = "DW";

    public CountyParameters {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(unitCodePrefix, "unitCodePrefix");
        if (!(scale > 0) || scale > 1000) {
            throw new IllegalArgumentException("scale must be above 0 and at most 1000, not " + scale);
        }
        if (firstMemberNumber < 1 || firstClaimSequence < 1) {
            throw new IllegalArgumentException("numbers start at 1");
        }
    }

    /** The default county at {@code scale}, as the demo loads it into an empty database. */
    public static CountyParameters demo(double scale, LocalDate asOf) {
        return new CountyParameters(DEMO_SEED, scale, asOf, DEMO_UNIT_PREFIX, 1, 1);
    }

    /** The three plan years, the last being asOf's. */
    public int firstPlanYear() {
        return asOf.getYear() - 2;
    }

    public int lastPlanYear() {
        return asOf.getYear();
    }
}

package org.huzhu.infrastructure.demo;

import java.util.SplittableRandom;

/**
 * Systematic sampling: every candidate adds its rate, and one is chosen each time the sum passes a
 * whole number. A county then gets its expected number of claims of a kind to within one, where
 * drawing each candidate independently would scatter totals by the square root of the count.
 */
final class Quota {

    private double accumulated;

    Quota(SplittableRandom random) {
        this.accumulated = random.nextDouble();
    }

    boolean draw(double rate) {
        accumulated += rate;
        if (accumulated >= 1) {
            accumulated -= 1;
            return true;
        }
        return false;
    }
}

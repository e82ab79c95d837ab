package org.huzhu.infrastructure.demo;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PrintFiguresScratchTest {
    @Test
    void print() {
        for (long seed : new long[] {CountyParameters.DEMO_SEED, 1, 2}) {
            long t = System.nanoTime();
            var p = new CountyParameters(seed, 1, LocalDate.of(2026, 11, 23), "DW", 1, 1);
            System.out.println(seed + ": " + CountyFigures.of(new SyntheticCounty(p).records()) + " in " + (System.nanoTime() - t) / 1_000_000 + " ms");
        }
    }
}

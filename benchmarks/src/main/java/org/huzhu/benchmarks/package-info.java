/** The benchmark program of {@code ./huzhu bench}: intake, settlement and letters, each beside its limit (docs/benchmarks.md). */
package org.huzhu.benchmarks;

/**
 * The letters step of the payout jobs (SPEC.md §8): one signed letter per payout of the run. The reader and the
 * writer serve every kind of payout; a processor per kind (claim, grant) says what its letter reads.
 */
package org.huzhu.interfaces.letters.batch;

package org.huzhu.domain.model.grant;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.huzhu.domain.model.payout.SettlementRun;
import org.huzhu.domain.model.shared.Money;

/**
 * Hardship grant runs, their grants and condolences with one payout each, and their staff lists. A run is decided
 * and stored in one transaction, which {@link #lockYear} keeps the only one deciding its year.
 */
public interface GrantRepository {

    /**
     * The members a run of a year considers, and the row id of each member number, which the stored run names them by.
     */
    record YearCandidates(List<GrantCandidate> members, Map<String, Long> memberIds) {
    }

    /**
     * What a run decided, to be stored whole.
     *
     * @param run              the job that decided it, and the date its payouts are settled on
     * @param firstGrantNumber the first of the numbers reserved for its grants and condolences, in that order
     */
    record DecidedRun(int year, Money budget, SettlementRun run, YearCandidates candidates, GrantRunResult result,
                      long firstGrantNumber) {
    }

    /** Keeps every other run of the year waiting until this transaction ends. */
    void lockYear(int year);

    /** Whether the job instance decided its run already (a restart after the decision committed). */
    boolean decidedBy(long jobInstanceId);

    /**
     * The members with claims settled in the year that count for a grant, summed over the year, with their hardship
     * file valid on {@code runDate} and the grants and condolences of the year's earlier runs.
     */
    YearCandidates candidates(int year, LocalDate runDate);

    /**
     * Stores the run, its grants and condolences, a payout for each (whose breakdown keeps the member's figures the
     * grant was decided from, for the grant letter), and its staff lists.
     *
     * @return the run's id
     */
    long store(DecidedRun decided);

    /** Every grant and condolence of the year, of all its runs, in grant number order. */
    List<StoredGrant> ofYear(int year);

    /** The list as the year's latest run decided it, in member number order; empty before the first run. */
    List<StaffListEntry> list(StaffList list, int year);
}

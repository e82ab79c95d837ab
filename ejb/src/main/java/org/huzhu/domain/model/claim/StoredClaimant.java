package org.huzhu.domain.model.claim;

import java.time.LocalDate;
import java.util.List;
import org.huzhu.domain.model.shared.CoveragePeriod;
import org.huzhu.domain.model.shared.Gender;

/**
 * The member of a claim as intake's rules need them, with their enrolments in the claimed plan: what
 * {@link ClaimRepository#claimant} reads in one round trip, before intake builds its {@link ClaimContext}.
 *
 * @param bankCard the card on record as stored, or {@code null}
 */
public record StoredClaimant(long memberId, Gender gender, String bankCard, List<Enrolment> enrolments) {

    public StoredClaimant {
        enrolments = List.copyOf(enrolments);
    }

    /** One enrolment of the member in the claimed plan. */
    public record Enrolment(long id, CoveragePeriod coverage, int shares, boolean renewal, LocalDate chainStart,
                            boolean ended) {
    }
}

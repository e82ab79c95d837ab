package org.huzhu.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.huzhu.domain.model.claim.ClaimStatus;
import org.huzhu.domain.model.claim.ClaimTimeline;

/**
 * What a member reads about themselves on their own page (SPEC.md §1, §12): their claims with each one's progress,
 * and the card their money goes to. Only ever the member's own: the member number is the signed-in user's.
 */
public interface MyClaims {

    /**
     * One claim of the member's.
     *
     * @param dueDate  the promised date of the 1-3-10 rule
     * @param overdue  whether the union let that date pass without a decision
     * @param payable  the settled amount as a money string, once settled
     * @param letterNo the current letter about the claim, once issued
     */
    record MyClaim(String claimNo, String planCode, ClaimStatus status, Instant submittedAt, LocalDate dueDate,
                   boolean overdue, List<ClaimTimeline.Step> steps, String next, String payable, String letterNo) {
    }

    /** The card on record that payments go to, masked as on screens ({@code **** 1234}). */
    record PayeeCard(String maskedCard, String bankName) {
    }

    /** The member's claims, newest first. */
    List<MyClaim> claimsOf(String memberNo);

    /** Empty for a signed-in user who is no registered member. */
    Optional<PayeeCard> payeeOf(String memberNo);
}

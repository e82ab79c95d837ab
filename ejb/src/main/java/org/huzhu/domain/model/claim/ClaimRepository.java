package org.huzhu.domain.model.claim;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.huzhu.domain.model.plan.PlanCode;
import org.huzhu.domain.model.shared.ClaimNumber;

/**
 * Claims with their versions and documents, and what intake reads about other claims and the claimant. Every call
 * joins the caller's transaction. A claim's status changes go through {@link ClaimTransitions}, not through here.
 */
public interface ClaimRepository {

    /** The number for the next claim submitted in {@code year}: never one given before, though some may be skipped. */
    ClaimNumber nextClaimNumber(int year);

    Optional<Claim> find(String claimNo);

    /**
     * Stores a claim that intake has just recorded a version of, with that version: a new claim is inserted with its
     * invoices, a corrected one has its changes written. An invoice number that another claim took meanwhile fails
     * here, with the database's refusal (its constraint named) among the causes.
     *
     * @return the claim's row id
     */
    long storeSubmission(Claim claim, ClaimVersion version);

    /** Writes the changes made to a loaded claim now, so that a concurrent change of it fails here. */
    void storeChanges(Claim claim);

    /** Every version of the claim, oldest first. */
    List<ClaimVersion> versions(Claim claim);

    /** Who submitted a version of the claim or uploaded a document to it (the four-eyes rule). */
    ClaimContributors contributors(Claim claim);

    /** The claim's documents, in the order they came. */
    List<ClaimDocument> documents(Claim claim);

    Optional<ClaimDocument> document(long documentId);

    void attach(ClaimDocument document);

    /** The name of the claim's member, when its member number was known. */
    Optional<String> memberName(Claim claim);

    /** A claim of a search, with its member's name (null when the member number was unknown). */
    record Found(Claim claim, String memberName) {
    }

    /**
     * Claims newest first whose number or member number is {@code text}, or whose member's name contains it (all
     * claims when it is empty); of one status when it is not null, and only the overdue ones on {@code today} if
     * asked.
     */
    List<Found> search(String text, ClaimStatus status, boolean overdueOnly, LocalDate today, int limit);

    /** The member's own claims, newest first (their page). */
    List<Claim> ofMember(String memberNo);

    /** The member with that number and their enrolments in the plan, if there is such a member. */
    Optional<StoredClaimant> claimant(String memberNo, PlanCode plan);

    /** Whether a claim other than {@code exceptClaimNo} on the enrolment has taken its benefit. */
    boolean benefitTaken(long enrolmentId, String exceptClaimNo);

    /** Those of the invoice numbers that claims other than {@code exceptClaimNo} hold. */
    Set<String> invoiceNumbersInUse(Collection<String> numbers, String exceptClaimNo);

    /** The hospital stays that the member's claims other than {@code exceptClaimNo} hold (V12). */
    List<ClaimContext.OtherClaimStay> staysHeldByOtherClaims(long memberId, String exceptClaimNo);
}

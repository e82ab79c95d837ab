package org.huzhu.domain.model.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.huzhu.domain.model.plan.PlanCode;
import org.huzhu.domain.model.shared.Violation;
import org.junit.jupiter.api.Test;

class ClaimReviewTest {

    private static final LocalDate INCIDENT = LocalDate.of(2026, 3, 2);
    private static final LocalDate APPROVAL_DAY = LocalDate.of(2026, 3, 20);
    private static final ClaimContributors ENTERED_ONLY = ClaimContributors.of(List.of("clerk1"), List.of());

    @Test
    void anApprovedClaimKeepsTheDayOfItsApproval() {
        Claim claim = validated();
        claim.approve("reviewer1", ENTERED_ONLY, APPROVAL_DAY);
        assertEquals(ClaimStatus.APPROVED, claim.status());
        assertEquals(APPROVAL_DAY, claim.approvedOn());
        assertEquals("reviewer1", claim.reviewedBy());
    }

    @Test
    void aDeclinedClaimHasNoApprovalDay() {
        Claim claim = validated();
        claim.decline("reviewer1", ENTERED_ONLY);
        assertNull(claim.approvedOn());
    }

    @Test
    void aRefusedApprovalLeavesNoApprovalDay() {
        Claim byItsOwnClerk = validated();
        assertThrows(FourEyesException.class, () -> byItsOwnClerk.approve("clerk1", ENTERED_ONLY, APPROVAL_DAY));
        assertNull(byItsOwnClerk.approvedOn());

        Claim approvedTwice = validated();
        approvedTwice.approve("reviewer1", ENTERED_ONLY, APPROVAL_DAY);
        assertThrows(ClaimStateException.class, () -> approvedTwice.approve("reviewer2", ENTERED_ONLY, APPROVAL_DAY.plusDays(1)));
        assertEquals(APPROVAL_DAY, approvedTwice.approvedOn(), "the first approval's day stays");
    }

    @Test
    void nobodyWhoCorrectedAVersionOrAttachedADocumentReviewsTheClaim() {
        ClaimContributors corrected = ClaimContributors.of(List.of("clerk1", "senior2"), List.of());
        assertThrows(FourEyesException.class, () -> validated().approve("senior2", corrected, APPROVAL_DAY));
        assertThrows(FourEyesException.class, () -> validated().decline("senior2", corrected));

        ClaimContributors documented = ClaimContributors.of(List.of("clerk1"), List.of("senior3"));
        Claim claim = validated();
        assertThrows(FourEyesException.class, () -> claim.approve("senior3", documented, APPROVAL_DAY));
        assertEquals(ClaimStatus.VALIDATED, claim.status(), "a refused review changes nothing");
        assertNull(claim.reviewedBy());

        claim.approve("reviewer1", documented, APPROVAL_DAY);
        assertEquals(ClaimStatus.APPROVED, claim.status(), "someone who put nothing into it may");
    }

    private static Claim validated() {
        Claim claim = new Claim("HZ2026000001", "clerk1");
        ClaimDraft draft = new ClaimDraft("M000123", PlanCode.CRITICAL, Cause.ILLNESS, INCIDENT, null, null, null,
                "C50.9", null, null, null, Set.of(), Complexity.SIMPLE);
        claim.recordVersion(draft, 1L, 1L, List.<Violation>of(), "clerk1", Instant.parse("2026-03-03T02:00:00Z"),
                INCIDENT.plusDays(20));
        return claim;
    }
}

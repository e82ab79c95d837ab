package org.huzhu.domain.model.claim;

import static org.huzhu.domain.model.claim.ClaimStatus.APPROVED;
import static org.huzhu.domain.model.claim.ClaimStatus.DECLINED;
import static org.huzhu.domain.model.claim.ClaimStatus.PAID;
import static org.huzhu.domain.model.claim.ClaimStatus.PAYMENT_FAILED;
import static org.huzhu.domain.model.claim.ClaimStatus.REJECTED;
import static org.huzhu.domain.model.claim.ClaimStatus.SETTLED;
import static org.huzhu.domain.model.claim.ClaimStatus.SUBMITTED;
import static org.huzhu.domain.model.claim.ClaimStatus.VALIDATED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClaimStatusTest {

    @Test
    void followsTheLifecycleOfTheSpecification() {
        assertEquals(EnumSet.of(VALIDATED, REJECTED), SUBMITTED.successors());
        assertEquals(EnumSet.of(SUBMITTED), REJECTED.successors());
        assertEquals(EnumSet.of(APPROVED, DECLINED), VALIDATED.successors());
        assertEquals(EnumSet.of(SETTLED), APPROVED.successors());
        assertEquals(EnumSet.of(PAID, PAYMENT_FAILED), SETTLED.successors());
        assertEquals(EnumSet.of(SETTLED), PAYMENT_FAILED.successors());
        assertEquals(Set.of(), DECLINED.successors());
        assertEquals(Set.of(), PAID.successors());
    }

    @Test
    void refusesShortcutsAndWayBack() {
        assertTrue(VALIDATED.canMoveTo(APPROVED));
        assertFalse(SUBMITTED.canMoveTo(APPROVED));
        assertFalse(REJECTED.canMoveTo(APPROVED));
        assertFalse(APPROVED.canMoveTo(PAID));
        assertFalse(SETTLED.canMoveTo(APPROVED));
        assertFalse(PAID.canMoveTo(PAYMENT_FAILED));
        assertFalse(DECLINED.canMoveTo(VALIDATED));
        for (ClaimStatus status : ClaimStatus.values()) {
            assertFalse(status.canMoveTo(status), status + " to itself");
        }
    }

    @Test
    void onlyRejectedAndDeclinedClaimsReleaseTheirInvoicesAndStay() {
        for (ClaimStatus status : ClaimStatus.values()) {
            assertEquals(status != REJECTED && status != DECLINED, status.holdsInvoicesAndStay(), status.name());
        }
    }

    @Test
    void aClaimIsOpenUntilReviewedAndHasTakenItsBenefitOnceApproved() {
        assertEquals(List.of(SUBMITTED, VALIDATED), ClaimStatus.where(ClaimStatus::isOpen));
        assertEquals(List.of(APPROVED, SETTLED, PAID, PAYMENT_FAILED), ClaimStatus.where(ClaimStatus::tookBenefit));
    }

    @Test
    void theStatusesOfARuleComeInDeclarationOrder() {
        assertEquals(List.of(SUBMITTED, VALIDATED, APPROVED, SETTLED, PAID, PAYMENT_FAILED),
                ClaimStatus.where(ClaimStatus::holdsInvoicesAndStay));
    }
}

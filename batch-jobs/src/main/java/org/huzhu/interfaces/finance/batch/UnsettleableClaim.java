package org.huzhu.interfaces.finance.batch;

import java.time.Instant;
import org.huzhu.domain.model.audit.AuditEntry;
import org.huzhu.domain.model.claim.ClaimStatus;
import org.huzhu.infrastructure.persistence.JdbcClaimTransitions;

/**
 * An approved claim the settlement refuses: its data break a rule the calculator holds (a FEMALE diagnosis
 * inside the waiting period, an incident outside the enrolment, a missing date). Skippable: one such claim must
 * not stop everyone else's payout. The claim stays APPROVED and the refusal is audited with its reason.
 */
public class UnsettleableClaim extends Exception {

    private final String claimNo;

    UnsettleableClaim(String claimNo, RuntimeException reason) {
        super(reason.getMessage(), reason);
        this.claimNo = claimNo;
    }

    String claimNo() {
        return claimNo;
    }

    /** The refusal as the audit trail keeps it: the claim stays APPROVED, the reason is the calculator's. */
    AuditEntry auditEntry(String actor) {
        return new AuditEntry(Instant.now(), actor, JdbcClaimTransitions.CLAIM, claimNo, "SETTLEMENT_REFUSED",
                ClaimStatus.APPROVED, ClaimStatus.APPROVED, getMessage());
    }
}

package org.huzhu.interfaces.finance.batch;

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
}

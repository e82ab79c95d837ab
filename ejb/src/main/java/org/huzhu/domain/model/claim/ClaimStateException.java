package org.huzhu.domain.model.claim;

import org.huzhu.domain.model.shared.RuleConflict;

/** A transition that the claim lifecycle of SPEC.md §4 does not allow from where the claim stands. */
public class ClaimStateException extends RuleConflict {

    public ClaimStateException(String claimNo, ClaimStatus from, ClaimStatus to) {
        super("wrong-state", "理赔当前状态为“" + from.label() + "”，不能改为“" + to.label() + "”",
                "claim " + claimNo + " is " + from + " and cannot become " + to);
    }
}

package org.huzhu.domain.model.claim;

/** A transition that the claim lifecycle of SPEC.md §4 does not allow from where the claim stands. */
public class ClaimStateException extends RuntimeException {

    private final ClaimStatus from;
    private final ClaimStatus to;

    public ClaimStateException(String claimNo, ClaimStatus from, ClaimStatus to) {
        super("claim " + claimNo + " is " + from + " and cannot become " + to);
        this.from = from;
        this.to = to;
    }

    public String messageZh() {
        return "理赔当前状态为“" + from.label() + "”，不能改为“" + to.label() + "”";
    }
}

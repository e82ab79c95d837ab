package org.huzhu.domain.model.claim;

/** Entering and approving a claim must be done by two different people. */
public class FourEyesException extends RuntimeException {

    public FourEyesException(String claimNo) {
        super("claim " + claimNo + " cannot be reviewed by the clerk who entered it");
    }

    public String messageZh() {
        return "不能审核自己录入的理赔申请";
    }
}

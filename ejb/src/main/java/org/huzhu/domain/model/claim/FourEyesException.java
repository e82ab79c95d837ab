package org.huzhu.domain.model.claim;

/** Whoever entered, corrected or attached a document to a claim may not review it: two different people. */
public class FourEyesException extends RuntimeException {

    public FourEyesException(String claimNo) {
        super("claim " + claimNo + " cannot be reviewed by someone who entered, corrected or documented it");
    }

    public String messageZh() {
        return "不能审核自己录入、更正或上传过材料的理赔申请";
    }
}

package org.huzhu.domain.model.claim;

import org.huzhu.domain.model.shared.RuleConflict;

/** Whoever entered, corrected or attached a document to a claim may not review it: two different people. */
public class FourEyesException extends RuleConflict {

    public FourEyesException(String claimNo) {
        super("four-eyes", "不能审核自己录入、更正或上传过材料的理赔申请",
                "claim " + claimNo + " cannot be reviewed by someone who entered, corrected or documented it");
    }
}

package org.huzhu.domain.model.payout;

/** What limited a claim's payable below the amount its benefit calculated, as a letter says it. */
public enum LimitReason {
    NONE("按计算金额给付"),
    /** INPATIENT pays at most the claim's policy self-paid amount. */
    BASE("以本次政策范围内自付金额为限"),
    PERIOD_CAP("以本期封顶线剩余额度为限"),
    /** CRITICAL and FEMALE pay once per enrolment. */
    BENEFIT_ALREADY_PAID("该项互助金本保障期已给付，不再给付"),
    /** Death and disability of one accident pay together at most the highest of their benefits. */
    SAME_ACCIDENT_ALREADY_PAID("扣除同一意外事故已给付的互助金");

    private final String chineseText;

    LimitReason(String chineseText) {
        this.chineseText = chineseText;
    }

    public String chineseText() {
        return chineseText;
    }
}

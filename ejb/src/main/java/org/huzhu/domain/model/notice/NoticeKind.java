package org.huzhu.domain.model.notice;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a text message to a member says. Chinese SMS services send only templates they approved beforehand, with
 * named variables ({@code ${letterNo}}), so each kind is one template; the service's template codes are settings,
 * the words are here. Every value put into a template is masked data only: never a full ID number or bank card.
 */
public enum NoticeKind {

    SIGN_IN_CODE("您的登录验证码为${code}，5分钟内有效，请勿告诉他人。"),
    LETTER_ISSUED("您的${subject}通知书${letterNo}已出具，登录即可下载；验证码${code}，可在${verifyUrl}核验。"),
    LETTER_REISSUED("您的通知书${oldLetterNo}已更正，新通知书${letterNo}，原件作废；验证码${code}，可在${verifyUrl}核验。"),
    PAYMENT_PAID("您的${subject}互助金${amount}元已汇入尾号${cardTail}的银行卡，请查收。"),
    PAYMENT_FAILED("您的${subject}互助金${amount}元未能汇入尾号${cardTail}的银行卡（${reason}），请到单位工会更正收款信息。"),
    CLAIM_REJECTED("您的申请${claimNo}未通过审核：${rules}。请联系单位工会补正后重新提交。"),
    CLAIM_DECLINED("您的申请${claimNo}未获批准，原因：${reason}。如有疑问请联系单位工会。");

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)}");

    private final String template;

    NoticeKind(String template) {
        this.template = template;
    }

    /** The template as the SMS service registers it. */
    public String template() {
        return template;
    }

    /** The template's variables, in the order they appear. */
    public List<String> variables() {
        List<String> names = new ArrayList<>();
        Matcher matcher = VARIABLE.matcher(template);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}

package org.huzhu.domain.model.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.huzhu.domain.model.shared.MobilePhone;
import org.huzhu.domain.model.shared.Money;
import org.huzhu.domain.model.shared.Violation;
import org.junit.jupiter.api.Test;

class MemberNoticesTest {

    private static final MobilePhone PHONE = MobilePhone.parse("13800001234");
    private static final String SIGN = "城关县总工会";
    private static final String ID_NUMBER = "11010519491231002X";
    private static final String CARD = "6222021234567890123";
    private static final Pattern ANY_FULL_NUMBER = Pattern.compile("\\d{15,}|\\d{17}[Xx]");

    @Test
    void aPaymentNoticeNamesOnlyTheCardsLastFourDigits() {
        Notice paid = MemberNotices.paid(PHONE, "住院医疗互助保障", Money.parse("1234.50"), Notice.cardTail(CARD));

        assertEquals("【城关县总工会】您的住院医疗互助保障互助金1234.50元已汇入尾号0123的银行卡，请查收。", paid.text(SIGN));
    }

    @Test
    void anIdOrCardQuotedInFreeTextKeepsOnlyItsLastFour() {
        Notice failed = MemberNotices.paymentFailed(PHONE, "住院医疗互助保障", Money.parse("800.00"), "0123",
                "账号" + CARD + "户名不符");
        Notice declined = MemberNotices.claimDeclined(PHONE, "HZ2026000001", "身份证" + ID_NUMBER + "与登记不符");

        assertEquals("账号****0123户名不符", failed.parameters().get("reason"));
        assertEquals("身份证****002X与登记不符", declined.parameters().get("reason"));
        assertFalse(ANY_FULL_NUMBER.matcher(failed.text(SIGN) + declined.text(SIGN)).find());
    }

    @Test
    void aNoticeRefusesAFullIdOrCardPutIntoAnyValue() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new Notice(PHONE, NoticeKind.PAYMENT_PAID, Map.of("subject", "住院", "amount", "1.00", "cardTail", CARD)));
        assertTrue(refused.getMessage().contains("cardTail"), refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Notice(PHONE, NoticeKind.CLAIM_DECLINED,
                Map.of("claimNo", "HZ2026000001", "reason", ID_NUMBER)));
    }

    @Test
    void aRejectedClaimsNoticeSaysEachBrokenRuleOnceInWords() {
        List<Violation> violations = List.of(
                new Violation("V05", "invoices[0].number", "发票已在其他理赔中使用", "invoice in use"),
                new Violation("V05", "invoices[1].number", "发票已在其他理赔中使用", "invoice in use"),
                new Violation("V09", "documents", "缺少必需的材料：出院小结", "a required document is missing"));

        Notice rejected = MemberNotices.claimRejected(PHONE, "HZ2026000001", violations);

        assertEquals("发票已在其他理赔中使用；缺少必需的材料：出院小结", rejected.parameters().get("rules"));
    }

    @Test
    void aMissingReasonIsSaidToBeMissing() {
        Notice failed = MemberNotices.paymentFailed(PHONE, "住院医疗互助保障", Money.parse("800.00"), "0123", null);

        assertEquals("未注明原因", failed.parameters().get("reason"));
    }
}

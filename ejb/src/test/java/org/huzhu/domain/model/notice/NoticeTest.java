package org.huzhu.domain.model.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.huzhu.domain.model.shared.MobilePhone;
import org.junit.jupiter.api.Test;

class NoticeTest {

    private static final MobilePhone PHONE = MobilePhone.parse("13800001234");

    @Test
    void theTextIsSignedAndFilledInFromTheTemplate() {
        Notice notice = new Notice(PHONE, NoticeKind.SIGN_IN_CODE, Map.of("code", "042917"));

        assertEquals("【城关县总工会】您的登录验证码为042917，5分钟内有效，请勿告诉他人。", notice.text("城关县总工会"));
    }

    @Test
    void everyVariableIsFilledAndNothingElse() {
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> new Notice(PHONE, NoticeKind.CLAIM_DECLINED, Map.of("claimNo", "HZ2026000001")));
        assertTrue(missing.getMessage().contains("reason"), missing.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new Notice(PHONE, NoticeKind.SIGN_IN_CODE, Map.of("code", "1", "idNumber", "x")));
    }

    @Test
    void theVariablesAreListedInTheirOrder() {
        assertEquals(List.of("subject", "amount", "cardTail", "reason"), NoticeKind.PAYMENT_FAILED.variables());
    }
}

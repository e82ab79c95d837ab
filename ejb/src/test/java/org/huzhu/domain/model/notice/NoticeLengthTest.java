package org.huzhu.domain.model.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.huzhu.domain.model.shared.MobilePhone;
import org.junit.jupiter.api.Test;

class NoticeLengthTest {

    private static final MobilePhone PHONE = MobilePhone.parse("13800001234");
    private static final String SIGN = "城关县总工会";

    @Test
    void aTextThatFitsTwoSegmentsIsLeftAsItIs() {
        Notice declined = new Notice(PHONE, NoticeKind.CLAIM_DECLINED, Map.of("claimNo", "HZ2026000001", "reason", "材料不全"));

        assertEquals(declined, declined.fittedTo(SIGN));
    }

    @Test
    void aLongReasonIsCutWithAnEllipsisSoThatTheWholeTextIsTwoSegments() {
        String reason = "经核查，".repeat(60);
        Notice declined = new Notice(PHONE, NoticeKind.CLAIM_DECLINED, Map.of("claimNo", "HZ2026000001", "reason", reason));

        Notice fitted = declined.fittedTo(SIGN);
        String text = fitted.text(SIGN);

        assertEquals(Notice.MAX_LENGTH, text.length(), text);
        assertTrue(fitted.parameters().get("reason").endsWith("…"));
        assertTrue(reason.startsWith(fitted.parameters().get("reason").replace("…", "")));
        assertEquals("HZ2026000001", fitted.parameters().get("claimNo"));
        assertTrue(text.startsWith("【城关县总工会】您的申请HZ2026000001未获批准，原因：经核查，"), text);
        assertTrue(text.endsWith("…。如有疑问请联系单位工会。"), text);
    }

    @Test
    void aLongerSignLeavesLessRoomForTheReason() {
        String reason = "材料".repeat(100);
        Notice declined = new Notice(PHONE, NoticeKind.CLAIM_DECLINED, Map.of("claimNo", "HZ2026000001", "reason", reason));
        String longSign = "某某省某某市某某县总工会职工互助保障会";

        assertEquals(Notice.MAX_LENGTH, declined.fittedTo(longSign).text(longSign).length());
        assertTrue(declined.fittedTo(longSign).parameters().get("reason").length()
                < declined.fittedTo(SIGN).parameters().get("reason").length());
    }

    @Test
    void fixedValuesAreNeverCut() {
        Notice letter = new Notice(PHONE, NoticeKind.LETTER_ISSUED, Map.of("subject", "住院医疗互助保障",
                "letterNo", "L20260000001", "code", "ABCDE23456", "verifyUrl", "https://huzhu.example.cn/" + "v".repeat(120)));

        assertEquals(letter, letter.fittedTo(SIGN));
        assertTrue(letter.text(SIGN).length() > Notice.MAX_LENGTH);
    }
}

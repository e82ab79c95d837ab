package org.huzhu.it.notices;

import static java.time.LocalDate.of;
import static org.huzhu.it.support.Fixtures.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.huzhu.it.intake.ClaimIntakeIT;
import org.huzhu.it.settlement.BankReturns;
import org.huzhu.it.settlement.SettlementFixtures;
import org.huzhu.it.support.AgainstTheServer;
import org.huzhu.it.support.ApiClient;
import org.huzhu.it.support.DatabaseFixtures;
import org.huzhu.it.support.Fixtures;
import org.huzhu.it.support.Jobs;
import org.huzhu.it.support.TestPeople;
import org.huzhu.it.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Notices end to end on the test profile, whose SMS gateway records (table {@code recorded_text}, one row per message
 * id, {@code received} counting the hand-overs): posted in their event's transaction (a letter, a rejected and a
 * declined claim), delivered with retries, never twice after a crash, and listed by {@code GET /outbox}.
 */
class NoticesIT extends AgainstTheServer {

    private static final String SIGN = "【测试县总工会】";
    /** What an ID number or a card looks like in full: never in a notice. */
    private static final Pattern FULL_NUMBER = Pattern.compile("\\d{15,}");
    private static final Duration DELIVERY = Duration.ofSeconds(60);
    private static final String BANK_REASON = "户名与卡号不符";

    private ApiClient api;
    private ApiClient admin;
    private SettlementFixtures database;

    @BeforeEach
    void signIn() throws SQLException {
        api = ApiClient.anonymous(base);
        admin = api.as(TestUsers.admin(api));
        database = new SettlementFixtures();
    }

    @AfterEach
    void closeDatabase() throws SQLException {
        database.close();
    }

    @Test
    void aSettlementLetterIsNoticedWithItsNumberAndCodeButNoFullIdOrCardAndSentOnce() throws Exception {
        DatabaseFixtures.Member member = database.member("江海", "MALE");
        String phone = givePhone(member.memberNo());
        String claimNo = database.stay(database.enrol(member, "ALLOWANCE", 1, of(2026, 1, 1), false),
                of(2026, 3, 1), of(2026, 3, 16), "300.00");

        new Jobs(finance()).run("{}");

        String letterNo = database.text("""
                SELECT l.letter_no FROM letter l JOIN payout p ON p.id = l.payout_id JOIN claim c ON c.id = p.claim_id
                WHERE c.claim_no = ?""", claimNo);
        assertEquals(1, database.count("SELECT count(*) FROM outbox WHERE phone = ? AND kind = 'LETTER_ISSUED'", phone));
        String text = database.text("SELECT text FROM outbox WHERE phone = ? AND kind = 'LETTER_ISSUED'", phone);
        assertTrue(text.startsWith(SIGN + "您的住院津贴互助保障通知书" + letterNo + "已出具"), text);
        assertTrue(text.contains("/verify.html"), text);
        assertTrue(text.codePointCount(0, text.length()) <= 134, text);
        assertNoFullIdOrCard(member, text);

        awaitSent(phone);
        assertEquals("1", database.text("""
                SELECT string_agg(r.received::text, ',') FROM recorded_text r JOIN outbox o ON o.message_id = r.message_id
                WHERE o.phone = ?""", phone), "recorded once, handed over once");
    }

    @Test
    void theBanksAnswerNoticesEachMemberPaidOrNotWithTheCardsTailAndTheReason() throws Exception {
        DatabaseFixtures.Member paidMember = database.member("钱进", "MALE");
        DatabaseFixtures.Member unpaidMember = database.member("孙退", "FEMALE");
        String paidPhone = givePhone(paidMember.memberNo());
        String unpaidPhone = givePhone(unpaidMember.memberNo());
        String paid = database.stay(database.enrol(paidMember, "ALLOWANCE", 1, of(2026, 1, 1), false),
                of(2026, 3, 1), of(2026, 3, 16), "300.00");
        String unpaid = database.stay(database.enrol(unpaidMember, "ALLOWANCE", 1, of(2026, 1, 1), false),
                of(2026, 4, 1), of(2026, 4, 11), "300.00");
        ApiClient finance = finance();
        JsonObject run = new Jobs(finance).run("{}");
        long paymentFile = run.getJsonArray("paymentFiles").getJsonObject(0).getJsonNumber("id").longValue();
        List<BankReturns.Sent> rows = BankReturns.rowsOf(database, paymentFile);

        ApiClient.Answer uploaded = expect(201, finance.upload("return-files", "回盘.csv",
                BankReturns.file(BankReturns.answering(rows, Map.of(unpaid, BANK_REASON))).getBytes(StandardCharsets.UTF_8)));
        new Jobs(finance, "payment-return-import").run("{\"fileId\": " + uploaded.json().getJsonNumber("fileId") + "}");

        String paidText = database.text("SELECT text FROM outbox WHERE phone = ? AND kind = 'PAYMENT_PAID'", paidPhone);
        assertEquals(SIGN + "您的住院津贴互助保障互助金" + amountOf(rows, paid) + "元已汇入尾号"
                + tail(paidMember) + "的银行卡，请查收。", paidText);
        String unpaidText = database.text("SELECT text FROM outbox WHERE phone = ? AND kind = 'PAYMENT_FAILED'",
                unpaidPhone);
        assertEquals(SIGN + "您的住院津贴互助保障互助金" + amountOf(rows, unpaid) + "元未能汇入尾号" + tail(unpaidMember)
                + "的银行卡（" + BANK_REASON + "），请到单位工会更正收款信息。", unpaidText);
        assertNoFullIdOrCard(paidMember, paidText);
        assertNoFullIdOrCard(unpaidMember, unpaidText);
    }

    @Test
    void theOutboxOfAPhoneIsListedNewestFirstForAdminsOnly() throws Exception {
        String phone = newPhone();
        post(phone, "HZ2026000001", "先发", "2 hours");
        post(phone, "HZ2026000002", "后发", "1 hour");

        ApiClient.Answer listed = expect(200, admin.get("outbox?to=" + phone));
        JsonArray notices = Json.createReader(new StringReader(listed.text())).readArray();
        assertEquals(2, notices.size(), listed::toString);
        JsonObject newest = notices.getJsonObject(0);
        assertEquals(phone, newest.getString("to"));
        assertTrue(newest.getString("text").contains("HZ2026000002"), newest::toString);
        assertTrue(notices.getJsonObject(1).getString("text").contains("HZ2026000001"));
        assertTrue(newest.getString("createdAt").endsWith("+08:00"), newest::toString);
        assertTrue(Instant.parse(notices.getJsonObject(1).getString("createdAt").replace("+08:00", "Z"))
                .isBefore(Instant.parse(newest.getString("createdAt").replace("+08:00", "Z"))));
        assertTrue(newest.getString("status").matches("PENDING|SENT"), newest::toString);

        assertEquals(403, finance().get("outbox?to=" + phone).status());
        assertEquals(401, api.get("outbox?to=" + phone).status());
        assertEquals(400, admin.get("outbox?to=12345").status());
    }

    @Test
    void aNoticeTheServiceRefusesIsTriedAgainAfterABackOffAndSentWithEachTryRecorded() throws Exception {
        String phone = newPhone();
        expect(204, admin.post("outbox/refusals", "{\"to\": \"" + phone + "\", \"count\": 2}"));

        post(phone, "HZ2026000003", "重试", "0 seconds");
        awaitSent(phone);

        assertEquals("1:RETRY,2:RETRY,3:SENT", database.text("""
                SELECT string_agg(a.attempt || ':' || a.outcome, ',' ORDER BY a.attempt)
                FROM outbox_attempt a JOIN outbox o ON o.id = a.outbox_id WHERE o.phone = ?""", phone));
        assertEquals(1, database.count("""
                SELECT count(*) FROM outbox_attempt a JOIN outbox o ON o.id = a.outbox_id
                WHERE o.phone = ? AND a.attempt = 2 AND a.at >= (SELECT at FROM outbox_attempt WHERE outbox_id = o.id
                AND attempt = 1) + interval '900 milliseconds'""", phone), "the second try waited for the back-off");
        assertEquals(1, database.count("SELECT sum(received) FROM recorded_text WHERE phone = ?", phone));
    }

    /**
     * A restart, as the outbox finds it: a notice whose sender handed it to the service and died before recording it
     * (its lease has run out, the service holds its message id), and one still claimed by a living sender (its lease
     * runs on). The first is tried again with the same message id, which the service takes as a repeat: one text. The
     * second is left alone.
     */
    @Test
    void aNoticeLeftByASenderThatDiedIsSentAgainUnderTheSameMessageIdAndDeliveredOnce() throws Exception {
        String handedOver = newPhone();
        String claimedElsewhere = newPhone();
        String messageId;
        String otherMessageId;
        // One transaction, so that the sender sees the crash's state whole or not at all.
        database.connection().setAutoCommit(false);
        try {
            messageId = post(handedOver, "HZ2026000004", "崩溃前已交付", "0 seconds");
            otherMessageId = post(claimedElsewhere, "HZ2026000005", "另一发送者处理中", "0 seconds");
            try (PreparedStatement crashed = database.connection().prepareStatement("""
                    UPDATE outbox SET attempts = 1, next_attempt_at = CASE WHEN phone = ? THEN now() - interval '1 second'
                                                                            ELSE now() + interval '10 minutes' END
                    WHERE phone IN (?, ?)""")) {
                crashed.setString(1, handedOver);
                crashed.setString(2, handedOver);
                crashed.setString(3, claimedElsewhere);
                assertEquals(2, crashed.executeUpdate());
            }
            try (PreparedStatement received = database.connection().prepareStatement("""
                    INSERT INTO recorded_text (message_id, phone, text) SELECT message_id, phone, text FROM outbox
                    WHERE message_id = ?::uuid""")) {
                received.setString(1, messageId);
                assertEquals(1, received.executeUpdate());
            }
            database.connection().commit();
        } finally {
            database.connection().setAutoCommit(true);
        }

        awaitSent(handedOver);

        assertEquals("2", database.text("SELECT string_agg(received::text, ',') FROM recorded_text WHERE phone = ?",
                handedOver), "one text for the message id, handed over twice");
        assertEquals("2:SENT", database.text("""
                SELECT string_agg(a.attempt || ':' || a.outcome, ',') FROM outbox_attempt a JOIN outbox o ON o.id = a.outbox_id
                WHERE o.message_id = ?::uuid""", messageId));
        assertEquals("PENDING", database.text("SELECT status FROM outbox WHERE message_id = ?::uuid", otherMessageId));
        assertEquals(0, database.count("SELECT count(*) FROM recorded_text WHERE message_id = ?::uuid", otherMessageId));
    }

    @Test
    void aRejectedAndADeclinedClaimEachNoticeTheMemberWithTheRulesOrTheReason() throws Exception {
        ApiClient clerk = api.as(TestUsers.create(api, "clerk"));
        ApiClient reviewer = api.as(TestUsers.create(api, "reviewer"));
        Fixtures fixtures = new Fixtures(clerk);
        String memberNo = fixtures.member(false);
        LocalDate coverStart = of(2026, 1, 1);
        fixtures.enrol(memberNo, "INPATIENT", 1, coverStart, coverStart.plusYears(1).minusDays(1));
        String phone = givePhone(memberNo);

        // the parts add up to 1,000.01 for a total of 1,000.00: rejected at intake
        JsonObject rejected = expect(201, clerk.post("claims", claim(memberNo, "300.01"))).json();
        assertEquals("REJECTED", rejected.getString("status"));
        String rejectedText = database.text("SELECT text FROM outbox WHERE phone = ? AND kind = 'CLAIM_REJECTED'", phone);
        assertTrue(rejectedText.startsWith(SIGN + "您的申请" + rejected.getString("claimNo") + "未通过审核："), rejectedText);
        String firstRule = rejected.getJsonArray("violations").getJsonObject(0).getString("message");
        assertTrue(rejectedText.contains(firstRule.substring(0, Math.min(8, firstRule.length()))), rejectedText);

        String validated = expect(201, clerk.post("claims", claim(memberNo, "300.00"))).json().getString("claimNo");
        expect(200, reviewer.post("claims/" + validated + "/decline", "{\"reason\": \"不属于保障范围\"}"));
        assertEquals(SIGN + "您的申请" + validated + "未获批准，原因：不属于保障范围。如有疑问请联系单位工会。",
                database.text("SELECT text FROM outbox WHERE phone = ? AND kind = 'CLAIM_DECLINED'", phone));
    }

    private ApiClient finance() {
        return api.as(TestUsers.create(api, "finance"));
    }

    private static String amountOf(List<BankReturns.Sent> rows, String claimNo) {
        return rows.stream().filter(row -> row.reference().equals(claimNo)).findFirst().orElseThrow().amount();
    }

    private static String tail(DatabaseFixtures.Member member) {
        return member.bankCard().substring(member.bankCard().length() - 4);
    }

    private void assertNoFullIdOrCard(DatabaseFixtures.Member member, String text) throws SQLException {
        String idNumber = database.text("SELECT id_number FROM member WHERE member_no = ?", member.memberNo());
        assertFalse(text.contains(idNumber) || text.contains(member.bankCard()), text);
        assertFalse(FULL_NUMBER.matcher(text).find(), text);
    }

    private static String claim(String memberNo, String policySelfPaid) {
        return ClaimIntakeIT.inpatientClaim(memberNo, "2026-06-01", "2026-06-03", "2026-06-10", TestPeople.unique("INV"),
                "1000.00", "600.00", policySelfPaid, "100.00");
    }

    /** A phone number no other test uses. */
    private String newPhone() throws SQLException {
        return String.format("139%08d", database.count("SELECT nextval('it_fixture_number')"));
    }

    private String givePhone(String memberNo) throws SQLException {
        String phone = newPhone();
        try (PreparedStatement update = database.connection().prepareStatement(
                "UPDATE member SET phone = ? WHERE member_no = ?")) {
            update.setString(1, phone);
            update.setString(2, memberNo);
            assertEquals(1, update.executeUpdate());
        }
        return phone;
    }

    /** A declined claim's notice put straight into the outbox, {@code age} ago; returns its message id. */
    private String post(String phone, String claimNo, String reason, String age) throws SQLException {
        try (PreparedStatement insert = database.connection().prepareStatement("""
                INSERT INTO outbox (phone, kind, parameters, text, created_at)
                VALUES (?, 'CLAIM_DECLINED', jsonb_build_object('claimNo', ?::text, 'reason', ?::text), ?, now() - ?::interval)
                RETURNING message_id""")) {
            insert.setString(1, phone);
            insert.setString(2, claimNo);
            insert.setString(3, reason);
            insert.setString(4, SIGN + "您的申请" + claimNo + "未获批准，原因：" + reason + "。如有疑问请联系单位工会。");
            insert.setString(5, age);
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private void awaitSent(String phone) throws SQLException, InterruptedException {
        Instant deadline = Instant.now().plus(DELIVERY);
        while (database.count("SELECT count(*) FROM outbox WHERE phone = ? AND status <> 'SENT'", phone) > 0) {
            assertTrue(Instant.now().isBefore(deadline), () -> "not sent within " + DELIVERY + ": " + phone);
            Thread.sleep(100);
        }
    }
}

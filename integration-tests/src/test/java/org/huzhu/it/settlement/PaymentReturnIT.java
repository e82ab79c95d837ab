package org.huzhu.it.settlement;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.huzhu.domain.model.shared.BankCard;
import org.huzhu.it.support.AgainstTheServer;
import org.huzhu.it.support.ApiClient;
import org.huzhu.it.support.Jobs;
import org.huzhu.it.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The payment-return-import job and payment retry over HTTP, as finance and a clerk use them: return files answering
 * payment files that a settlement run just wrote for claims of {@link SettlementFixtures}.
 */
class PaymentReturnIT extends AgainstTheServer {

    private static final String IMPORT = "payment-return-import";
    private static final String REASON = "户名与卡号不符";


    private ApiClient api;
    private ApiClient finance;
    private Jobs jobs;
    private Jobs imports;
    private SettlementFixtures fixtures;

    /** Two claims settled and sent in one payment file: one the bank pays, one it refuses. */
    private record Sent(String paid, String failed, long paymentFileId, List<BankReturns.Sent> rows) {
    }

    /** What an import made of a return file: its execution and the file's outcome. */
    private record Imported(long fileId, JsonObject execution, JsonObject file) {

        String outcome() {
            return file.getString("outcome");
        }

        List<String> mismatches() {
            return file.getJsonObject("result").getJsonArray("mismatches").getValuesAs(JsonString.class).stream()
                    .map(JsonString::getString).toList();
        }
    }

    @BeforeEach
    void settleWhatOthersLeftApproved() throws Exception {
        api = ApiClient.anonymous(base);
        finance = api.as(TestUsers.create(api, "finance"));
        jobs = new Jobs(finance);
        imports = new Jobs(finance, IMPORT);
        fixtures = new SettlementFixtures();
        jobs.run("{}");
    }

    @AfterEach
    void closeFixtures() throws SQLException {
        fixtures.close();
    }

    @Test
    void aGoodReturnFileInGb18030SetsPaidAndPaymentFailedWithTheBanksReason() throws Exception {
        Sent sent = settleTwoClaims();
        Imported imported = importReturn(BankReturns.file(BankReturns.answering(sent.rows(),
                Map.of(sent.failed(), REASON))).getBytes(Charset.forName("GB18030")));

        assertEquals("IMPORTED", imported.outcome(), imported::toString);
        assertEquals("IMPORTED paymentFile=" + sent.paymentFileId() + " rows=" + sent.rows().size() + " paid="
                + (sent.rows().size() - 1) + " failed=1", imported.execution().getString("exitStatus")
                .replaceAll(" total=.*", ""));
        assertEquals("PAID", fixtures.status(sent.paid()));
        assertEquals("PAYMENT_FAILED", fixtures.status(sent.failed()));
        assertEquals(REASON, fixtures.text("SELECT bank_reason FROM payment_row WHERE reference = ? AND status = 'FAILED'",
                sent.failed()));
        assertEquals(1, fixtures.count("""
                SELECT count(*) FROM audit_log WHERE entity_ref = ? AND actor = 'system:payment-return-import'
                AND from_status = 'SETTLED' AND to_status = 'PAYMENT_FAILED' AND reason LIKE ?""",
                sent.failed(), "%" + REASON + "%"));
        assertEquals(1, fixtures.count("""
                SELECT count(*) FROM audit_log WHERE entity_ref = ? AND actor = 'system:payment-return-import'
                AND from_status = 'SETTLED' AND to_status = 'PAID'""", sent.paid()));
        assertEquals(0, fixtures.count("SELECT count(*) FROM payment_row WHERE payment_file_id = ? AND status = 'SENT'",
                sent.paymentFileId()));
    }

    @Test
    void aReturnFileThatDoesNotReconcileIsRefusedAndChangesNothing() throws Exception {
        Sent sent = settleTwoClaims();
        List<String> good = BankReturns.answering(sent.rows(), Map.of());
        String before = snapshot(sent.paymentFileId());

        List<String> unknown = new ArrayList<>(good);
        unknown.set(0, unknown.get(0).replaceFirst("^[^,]+", "HZ2099999999"));
        assertRefused(BankReturns.file(unknown), "HZ2099999999", before, sent);

        List<String> amountDiffers = good.stream().map(line -> line.startsWith(sent.paid() + ",")
                ? sent.paid() + "," + new BigDecimal(line.split(",")[1]).add(new BigDecimal("0.01"))
                + ",SUCCESS," : line).toList();
        assertRefused(BankReturns.file(amountDiffers), sent.paid() + "：金额", before, sent);

        assertRefused(BankReturns.file(good, good.size(), "1.00"), "合计行", before, sent);
        assertRefused(BankReturns.file(good.subList(0, good.size() - 1)), "付款文件 " + sent.paymentFileId() + " 共",
                before, sent);

        assertEquals("IMPORTED", importReturn(BankReturns.file(good).getBytes(StandardCharsets.UTF_8)).outcome(),
                "the refusals left the payment file to be answered");
    }

    @Test
    void theSameReturnFileTwiceChangesNothingTheSecondTime() throws Exception {
        Sent sent = settleTwoClaims();
        byte[] content = BankReturns.file(BankReturns.answering(sent.rows(), Map.of(sent.failed(), REASON)))
                .getBytes(StandardCharsets.UTF_8);
        Imported first = importReturn(content);
        assertEquals("IMPORTED", first.outcome(), first::toString);
        String after = snapshot(sent.paymentFileId());

        Imported again = importReturn(content);
        assertEquals("DUPLICATE", again.outcome(), again::toString);
        assertTrue(again.execution().getString("exitStatus").startsWith("DUPLICATE "), again::toString);
        assertEquals(first.fileId(), again.file().getJsonObject("result").getJsonNumber("importedAs").longValue());
        assertEquals(after, snapshot(sent.paymentFileId()));

        Imported sameUpload = runImport(first.fileId());
        assertEquals("IMPORTED", sameUpload.outcome(), "the first import's record stays");
        assertTrue(sameUpload.execution().getString("exitStatus").startsWith("DUPLICATE "), sameUpload::toString);
        assertEquals(after, snapshot(sent.paymentFileId()));
    }

    @Test
    void aFailedPaymentIsRequeuedAfterTheCardIsCorrectedAndConfirmedAsANewRowOfTheSamePayout() throws Exception {
        Sent sent = settleTwoClaims();
        importReturn(BankReturns.file(BankReturns.answering(sent.rows(), Map.of(sent.failed(), REASON)))
                .getBytes(StandardCharsets.UTF_8));
        long payout = payoutOf(sent.failed());
        String memberNo = fixtures.text("SELECT member_no FROM claim WHERE claim_no = ?", sent.failed());

        ApiClient.Answer unchanged = finance.post("payouts/" + payout + "/requeue", "{}");
        assertEquals(409, unchanged.status(), unchanged::toString);
        assertTrue(unchanged.text().contains("bank-card-unchanged"), unchanged::toString);
        assertEquals(409, finance.post("payouts/" + payoutOf(sent.paid()) + "/requeue", "{}").status(),
                "a paid payment is not retried");

        ApiClient clerk = api.as(TestUsers.create(api, "clerk"));
        assertEquals(400, clerk.put("members/" + memberNo + "/bank-card",
                "{\"bankCard\": \"6222000000000001\", \"bankName\": \"中国银行\"}").status(), "fails the Luhn check");
        assertEquals(403, finance.put("members/" + memberNo + "/bank-card",
                "{\"bankCard\": \"6222000000000001\", \"bankName\": \"中国银行\"}").status());
        String newCard = "621700" + String.format("%09d", payout % 1_000_000_000L);
        newCard += BankCard.checkDigitFor(newCard);
        ApiClient.Answer corrected = clerk.put("members/" + memberNo + "/bank-card",
                "{\"bankCard\": \"" + newCard + "\", \"bankName\": \"中国建设银行\"}");
        assertEquals(202, corrected.status(), "money is on its way: a second person confirms it " + corrected);
        assertEquals("**** " + newCard.substring(newCard.length() - 4), corrected.json().getString("maskedCard"));
        ApiClient.Answer awaitingConfirmation = finance.post("payouts/" + payout + "/requeue", "{}");
        assertEquals(409, awaitingConfirmation.status(), awaitingConfirmation::toString);
        assertTrue(awaitingConfirmation.text().contains("bank-card-unchanged"), "an unconfirmed card does not count");
        assertEquals(200, finance.post("payee-changes/" + corrected.json().getJsonNumber("changeId") + "/confirm", "{}")
                .status());

        ApiClient.Answer requeued = finance.post("payouts/" + payout + "/requeue", "{}");
        assertEquals(200, requeued.status(), requeued::toString);
        assertEquals("SETTLED", fixtures.status(sent.failed()));
        assertEquals(1, fixtures.count("""
                SELECT count(*) FROM audit_log WHERE entity_ref = ? AND action = 'REQUEUE'
                AND from_status = 'PAYMENT_FAILED' AND to_status = 'SETTLED'""", sent.failed()));
        assertEquals(409, finance.post("payouts/" + payout + "/requeue", "{}").status(), "re-queued once");

        JsonObject next = jobs.run("{}");
        long nextFile = next.getJsonArray("paymentFiles").getJsonObject(0).getJsonNumber("id").longValue();
        String amount = fixtures.payable(sent.failed());  // fails if the claim had two payouts
        assertEquals(List.of(new BankReturns.Sent(sent.failed(), new BigDecimal(amount).setScale(2)
                .toPlainString())), BankReturns.rowsOf(fixtures, nextFile));
        assertEquals(newCard, fixtures.text("SELECT bank_card FROM payment_row WHERE payment_file_id = ?", nextFile));
        assertEquals("中国建设银行", fixtures.text("SELECT bank_name FROM payment_row WHERE payment_file_id = ?", nextFile));
        assertEquals(2, fixtures.count("SELECT count(*) FROM payment_row WHERE payout_id = ?", payout));
        assertEquals(1, fixtures.count("SELECT count(*) FROM payout p JOIN claim c ON c.id = p.claim_id "
                + "WHERE c.claim_no = ?", sent.failed()));
        SQLException refused = assertThrows(SQLException.class, () -> {
            try (PreparedStatement copy = fixtures.connection().prepareStatement("""
                    INSERT INTO payment_row (payment_file_id, sequence, payout_id, payee_name, bank_card, bank_name,
                                             amount, purpose, reference)
                    SELECT payment_file_id, sequence + 1, payout_id, payee_name, bank_card, bank_name, amount, purpose,
                           reference FROM payment_row WHERE payment_file_id = ?""")) {
                copy.setLong(1, nextFile);
                copy.executeUpdate();
            }
        });
        assertTrue(refused.getMessage().contains("payment_row_one_live_per_payout"), refused::getMessage);

        Imported paid = importReturn(BankReturns.file(BankReturns.answering(BankReturns.rowsOf(fixtures, nextFile),
                Map.of())).getBytes(StandardCharsets.UTF_8));
        assertEquals("IMPORTED", paid.outcome(), paid::toString);
        assertEquals("PAID", fixtures.status(sent.failed()));
        JsonObject after = jobs.run("{}");
        long afterFile = after.getJsonArray("paymentFiles").getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(List.of(), BankReturns.rowsOf(fixtures, afterFile), "paid once, never sent again");
    }

    private void assertRefused(String file, String expectedMismatch, String before, Sent sent) throws Exception {
        Imported refused = importReturn(file.getBytes(StandardCharsets.UTF_8));
        assertEquals("REFUSED", refused.outcome(), refused::toString);
        assertTrue(refused.execution().getString("exitStatus").startsWith("REFUSED mismatches="), refused::toString);
        assertTrue(refused.mismatches().stream().anyMatch(text -> text.contains(expectedMismatch)),
                () -> expectedMismatch + " not among " + refused.mismatches());
        assertEquals(before, snapshot(sent.paymentFileId()), "a refused file changes nothing");
    }

    private Sent settleTwoClaims() throws Exception {
        SettlementFixtures.Enrolment one = fixtures.enrol(fixtures.member("钱多多", "MALE"), "ALLOWANCE", 1,
                of(2026, 1, 1), false);
        SettlementFixtures.Enrolment other = fixtures.enrol(fixtures.member("孙少少", "FEMALE"), "ALLOWANCE", 1,
                of(2026, 1, 1), false);
        String paid = fixtures.stay(one, of(2026, 3, 1), of(2026, 3, 16), "300.00");
        String failed = fixtures.stay(other, of(2026, 4, 1), of(2026, 4, 11), "300.00");
        JsonObject execution = jobs.run("{}");
        long fileId = execution.getJsonArray("paymentFiles").getJsonObject(0).getJsonNumber("id").longValue();
        List<BankReturns.Sent> rows = BankReturns.rowsOf(fixtures, fileId);
        assertEquals(List.of(new BankReturns.Sent(paid, "480.00"), new BankReturns.Sent(failed, "280.00")), rows);
        return new Sent(paid, failed, fileId, rows);
    }

    private Imported importReturn(byte[] content) throws InterruptedException {
        ApiClient.Answer uploaded = finance.upload("return-files", "回盘.csv", content);
        assertEquals(201, uploaded.status(), uploaded::toString);
        return runImport(uploaded.json().getJsonNumber("fileId").longValue());
    }

    private Imported runImport(long fileId) throws InterruptedException {
        JsonObject execution = imports.await(imports.start("{\"fileId\": " + fileId + "}"));
        assertEquals("COMPLETED", execution.getString("status"), execution::toString);
        ApiClient.Answer file = finance.get("return-files/" + fileId);
        assertEquals(200, file.status(), file::toString);
        return new Imported(fileId, execution, file.json());
    }

    private long payoutOf(String claimNo) throws SQLException {
        return fixtures.count("SELECT p.id FROM payout p JOIN claim c ON c.id = p.claim_id WHERE c.claim_no = ?",
                claimNo);
    }

    /** Every row of the payment file with its claim's status, and how many audit rows there are. */
    private String snapshot(long paymentFileId) throws SQLException {
        return fixtures.text("""
                SELECT string_agg(r.reference || ':' || r.status || ':' || coalesce(r.bank_reason, '') || ':' || c.status,
                                  ',' ORDER BY r.sequence) || ' audit=' || (SELECT count(*) FROM audit_log)
                FROM payment_row r JOIN payout p ON p.id = r.payout_id JOIN claim c ON c.id = p.claim_id
                WHERE r.payment_file_id = ?""", paymentFileId);
    }
}

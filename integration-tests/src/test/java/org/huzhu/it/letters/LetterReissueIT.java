package org.huzhu.it.letters;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huzhu.it.settlement.SettlementFixtures;
import org.huzhu.it.support.AgainstTheServer;
import org.huzhu.it.support.ApiClient;
import org.huzhu.it.support.DatabaseFixtures;
import org.huzhu.it.support.Jobs;
import org.huzhu.it.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * Re-issuing a letter (SPEC.md §12) on the real EAR: a claim is settled and lettered by the settlement run, its
 * payee's card is corrected, and finance re-issues the letter. The new letter carries the corrected card and a new
 * number and code; the old one still verifies as issued and unchanged but no longer current, naming its successor;
 * the re-issue is audited and the member is sent a notice.
 */
class LetterReissueIT extends AgainstTheServer {

    private static final Pattern PRINTED_CODE = Pattern.compile("验证码：\\s*([2-9A-Z]{5}-[2-9A-Z]{5})");
    private static final String PHONE = "13987650417";
    private static final String CORRECTED_CARD = "6217000000004321";
    private static final String REASON = "收款卡号更正";

    @Test
    void aReissuedLettersPredecessorVerifiesAsSupersededByIt() throws Exception {
        ApiClient api = ApiClient.anonymous(base);
        TestUsers.Credentials finance = TestUsers.create(api, "finance");
        ApiClient financeApi = api.as(finance);
        try (SettlementFixtures fixtures = new SettlementFixtures()) {
            DatabaseFixtures.Member member = fixtures.member("赵丽", "FEMALE");
            String claimNo = fixtures.stay(fixtures.enrol(member, "INPATIENT", 2, of(2026, 1, 1), true),
                    of(2026, 3, 1), of(2026, 3, 9), "9000.00");
            new Jobs(financeApi).run("{\"runDate\": \"2026-11-20\"}");
            String old = fixtures.text("""
                    SELECT l.letter_no FROM letter l JOIN payout p ON p.id = l.payout_id JOIN claim c ON c.id = p.claim_id
                    WHERE c.claim_no = ?""", claimNo);
            assertTrue(old != null && old.matches("L\\d{11}"), "the run lettered the claim: " + old);
            byte[] oldPdf = pdf(financeApi, old);
            String oldCode = printedCode(old, oldPdf);
            correctPayee(fixtures, member);

            ApiClient.Answer withoutReason = financeApi.post(reissue(old), "{}");
            assertEquals(400, withoutReason.status(), withoutReason::toString);
            ApiClient.Answer byAClerk = api.as(TestUsers.create(api, "clerk")).post(reissue(old), body(REASON));
            assertEquals(403, byAClerk.status(), byAClerk::toString);
            ApiClient.Answer unknown = financeApi.post(reissue("L20019999999"), body(REASON));
            assertEquals(404, unknown.status(), unknown::toString);

            ApiClient.Answer reissued = financeApi.post(reissue(old), body(REASON));
            assertEquals(201, reissued.status(), reissued::toString);
            String successor = reissued.json().getString("letterNo");
            assertTrue(successor.matches("L\\d{11}"), successor);
            assertNotEquals(old, successor);

            byte[] newPdf = pdf(financeApi, successor);
            String newText = PdfTools.run("pdftotext", PdfTools.save(successor + ".pdf", newPdf).toString(), "-");
            assertTrue(newText.contains(successor) && newText.contains(claimNo), newText);
            assertTrue(newText.contains("**** 4321"), "the corrected card, masked: " + newText);
            assertFalse(newText.contains(CORRECTED_CARD), "never the whole card");
            String newCode = printedCode(successor, newPdf);
            assertNotEquals(oldCode, newCode, "a new verification code");
            String pdfsig = PdfTools.pdfsigTrustingDevelopmentCa(PdfTools.save(successor + "-sig.pdf", newPdf));
            assertTrue(pdfsig.contains("Signature Validation: Signature is Valid."), pdfsig);

            JsonObject oldByCode = verifyByCode(api, old, oldCode);
            assertSuperseded(oldByCode, old, successor);
            assertTrue(oldByCode.isNull("unchanged"), "no file to compare: " + oldByCode);
            JsonObject oldByFile = verifyFile(api, oldPdf);
            assertSuperseded(oldByFile, old, successor);
            assertTrue(oldByFile.getBoolean("unchanged"), oldByFile::toString);
            JsonObject current = verifyByCode(api, successor, newCode);
            assertTrue(current.getBoolean("current"), current::toString);
            assertEquals("CURRENT", current.getString("finding"), current::toString);
            assertTrue(current.isNull("supersededBy"), current::toString);

            ApiClient.Answer again = financeApi.post(reissue(old), body(REASON));
            assertEquals(409, again.status(), "only the current letter is re-issued: " + again);
            assertTrue(again.text().contains(successor), again::toString);
            assertEquals(2, fixtures.count("""
                    SELECT count(*) FROM letter l JOIN payout p ON p.id = l.payout_id JOIN claim c ON c.id = p.claim_id
                    WHERE c.claim_no = ?""", claimNo), "the old letter is kept, as issued");
            assertEquals(1, fixtures.count("""
                    SELECT count(*) FROM letter l JOIN payout p ON p.id = l.payout_id JOIN claim c ON c.id = p.claim_id
                    WHERE c.claim_no = ? AND l.superseded_by IS NULL""", claimNo), "one current letter per payout");

            assertEquals(1, fixtures.count("""
                    SELECT count(*) FROM audit_log WHERE entity_type = 'LETTER' AND entity_ref = ? AND action = 'REISSUE'
                      AND actor = ? AND reason LIKE ? AND reason LIKE ?""", old, finance.username(), REASON + "%",
                    "%" + successor + "%"));
            String notice = fixtures.text("SELECT text FROM outbox WHERE phone = ? AND kind = 'LETTER_REISSUED'", PHONE);
            assertTrue(notice != null && notice.contains(old) && notice.contains(successor)
                    && notice.contains(newCode), "the member is told: " + notice);
            assertFalse(notice.contains(CORRECTED_CARD) || notice.contains(member.bankCard()), notice);

            fixtures.memberAccount(member, finance.username());
            ApiClient memberApi = api.as(member.memberNo(), finance.password());
            List<JsonObject> letters;
            try (JsonReader reader = Json.createReader(new StringReader(memberApi.get("me/letters").text()))) {
                letters = reader.readArray().getValuesAs(JsonObject.class);
            }
            assertEquals(List.of(successor, old), letters.stream().map(l -> l.getString("letterNo")).toList(),
                    "both, newest first: " + letters);
            assertFalse(letters.get(0).containsKey("supersededBy"), letters::toString);
            assertEquals(successor, letters.get(1).getString("supersededBy"), letters::toString);
        }
    }

    private static void assertSuperseded(JsonObject answer, String old, String successor) {
        assertTrue(answer.getBoolean("issued"), answer::toString);
        assertFalse(answer.getBoolean("current"), answer::toString);
        assertTrue(answer.getBoolean("signatureValid"), answer::toString);
        assertEquals(old, answer.getString("letterNo"), answer::toString);
        assertEquals(successor, answer.getString("supersededBy"), answer::toString);
        assertEquals("SUPERSEDED", answer.getString("finding"), answer::toString);
    }

    /** The payee's card corrected after the letter was issued, as a confirmed payee change leaves it. */
    private static void correctPayee(DatabaseFixtures fixtures, DatabaseFixtures.Member member) throws Exception {
        try (PreparedStatement update = fixtures.connection().prepareStatement(
                "UPDATE member SET bank_card = ?, phone = ? WHERE id = ?")) {
            update.setString(1, CORRECTED_CARD);
            update.setString(2, PHONE);
            update.setLong(3, member.id());
            assertEquals(1, update.executeUpdate());
        }
    }

    private static String reissue(String letterNo) {
        return "letters/" + letterNo + "/reissue";
    }

    private static String body(String reason) {
        return "{\"reason\":\"" + reason + "\"}";
    }

    private static byte[] pdf(ApiClient api, String letterNo) {
        ApiClient.Answer answer = api.send(api.request("letters/" + letterNo).header("Accept", "application/pdf").GET());
        assertEquals(200, answer.status(), answer::toString);
        return answer.body();
    }

    private static String printedCode(String letterNo, byte[] pdf) {
        Matcher printed = PRINTED_CODE.matcher(PdfTools.run("pdftotext", PdfTools.save(letterNo + "-code.pdf", pdf)
                .toString(), "-"));
        assertTrue(printed.find(), "the letter shows its verification code");
        return printed.group(1);
    }

    private static JsonObject verifyByCode(ApiClient api, String letterNo, String code) {
        ApiClient.Answer answer = api.post("verify", "{\"letterNo\":\"" + letterNo + "\",\"code\":\"" + code + "\"}");
        assertEquals(200, answer.status(), answer::toString);
        return answer.json();
    }

    private static JsonObject verifyFile(ApiClient api, byte[] file) {
        ApiClient.Answer answer = api.send(api.request("verify").header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(file)));
        assertEquals(200, answer.status(), answer::toString);
        return answer.json();
    }
}

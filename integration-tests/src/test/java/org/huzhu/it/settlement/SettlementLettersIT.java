package org.huzhu.it.settlement;

import static java.time.LocalDate.of;
import static org.huzhu.it.support.Jobs.metric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.huzhu.it.letters.PdfTools;
import org.huzhu.it.support.AgainstTheServer;
import org.huzhu.it.support.ApiClient;
import org.huzhu.it.support.Jobs;
import org.huzhu.it.support.RunLetters;
import org.huzhu.it.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The letters step of payout-settlement on the real EAR: after the job, every payout of the run has exactly one
 * signed letter, a payout of 0 included, which the member reads on the claim and downloads; a run stopped while
 * writing letters issues the missing ones, and no second one, when restarted.
 */
class SettlementLettersIT extends AgainstTheServer {

    private ApiClient api;
    private TestUsers.Credentials financeUser;
    private Jobs jobs;
    private SettlementFixtures fixtures;

    @BeforeEach
    void settleWhatOthersLeftApproved() throws Exception {
        api = ApiClient.anonymous(base);
        financeUser = TestUsers.create(api, "finance");
        jobs = new Jobs(api.as(financeUser));
        fixtures = new SettlementFixtures();
        jobs.run("{}");
    }

    @AfterEach
    void closeFixtures() throws SQLException {
        fixtures.close();
    }

    @Test
    void everyPayoutGetsOneSignedLetterAndAPayoutOfZeroSaysWhy() throws Exception {
        // SPEC §6's INPATIENT example: A, B, C pay, D finds the period cap used up and pays 0.00.
        SettlementFixtures.Member member = fixtures.member("王小明", "MALE");
        SettlementFixtures.Enrolment inpatient = fixtures.enrol(member, "INPATIENT", 2, of(2026, 1, 1), true);
        String c = fixtures.stay(inpatient, of(2026, 6, 1), of(2026, 6, 10), "5000.00");
        String a = fixtures.stay(inpatient, of(2026, 2, 1), of(2026, 2, 8), "8000.00");
        String b = fixtures.stay(inpatient, of(2026, 4, 1), of(2026, 4, 20), "20000.00");
        String d = fixtures.stay(inpatient, of(2026, 8, 1), of(2026, 8, 5), "1000.00");

        JsonObject execution = jobs.run("{\"runDate\": \"2026-11-20\"}");
        long run = execution.getJsonNumber("run").longValue();

        assertEquals(4, metric(execution, "letters", "readCount"), execution::toString);
        assertEquals(4, metric(execution, "letters", "writeCount"));
        assertEquals("0.00", fixtures.payable(d));
        new RunLetters(fixtures, run).assertOnePerPayout(4);

        fixtures.memberAccount(member, financeUser.username());
        ApiClient memberApi = api.as(member.memberNo(), financeUser.password());
        withIntakeVersion(List.of(a, b, c, d));
        JsonObject claim = claimPage(memberApi, d);
        assertEquals("0.00", claim.getJsonObject("payout").getString("payable"), claim::toString);
        List<String> lines = claim.getJsonObject("payout").getJsonArray("lines").getValuesAs(JsonString.class)
                .stream().map(JsonString::getString).toList();
        assertTrue(lines.getLast().startsWith("以本期封顶线剩余额度为限"), lines::toString);
        String letterNo = claim.getString("letterNo");
        assertEquals(letterNo, fixtures.text("""
                SELECT l.letter_no FROM letter l JOIN payout p ON p.id = l.payout_id JOIN claim c ON c.id = p.claim_id
                WHERE c.claim_no = ?""", d));
        for (String paid : List.of(a, b, c)) {
            JsonObject other = claimPage(memberApi, paid);
            assertTrue(other.getString("letterNo").matches("L\\d{11}"), other::toString);
            assertEquals(fixtures.payable(paid), other.getJsonObject("payout").getString("payable"));
        }
        try (JsonReader reader = Json.createReader(new StringReader(memberApi.get("me/letters").text()))) {
            List<String> listed = reader.readArray().getValuesAs(JsonObject.class).stream()
                    .map(letter -> letter.getString("letterNo")).toList();
            assertEquals(4, listed.size(), "my-letters lists the four letters: " + listed);
            assertTrue(listed.contains(letterNo), listed::toString);
        }

        ApiClient.Answer download = memberApi.send(memberApi.request("letters/" + letterNo)
                .header("Accept", "application/pdf").GET());
        assertEquals(200, download.status(), download::toString);
        Path pdf = PdfTools.save(letterNo + ".pdf", download.body());
        String pdfsig = PdfTools.pdfsigTrustingDevelopmentCa(pdf);
        assertTrue(pdfsig.contains("Signature Validation: Signature is Valid."), pdfsig);
        assertTrue(pdfsig.contains("Certificate Validation: Certificate is Trusted."), pdfsig);
        String text = PdfTools.run("pdftotext", pdf.toString(), "-");
        assertTrue(text.contains("以本期封顶线剩余额度为限"), "the letter of 0.00 says why: " + text);
        assertTrue(text.contains("本次无应付金额"), text);
        assertTrue(text.contains(d), text);
        assertFalse(text.contains(member.bankCard()), "never the whole card");
    }

    @Test
    void aRunStoppedWhileWritingLettersIssuesTheMissingOnesOnRestartAndNoSecond() throws Exception {
        List<String> claims = fixtures.manyInpatientClaims(60, 5);

        long stoppedId = jobs.start("{}");
        RunLetters letters = new RunLetters(fixtures, jobs.execution(stoppedId).getJsonNumber("run").longValue());
        JsonObject stopped = letters.stopWhileIssuing(jobs, stoppedId);
        assertEquals("COMPLETED", Jobs.step(stopped, "payment-file").getString("status"));
        long issuedBeforeRestart = letters.issued();
        assertTrue(issuedBeforeRestart < claims.size(),
                "stopped while writing letters: " + issuedBeforeRestart + " of " + claims.size());

        JsonObject restarted = jobs.await(jobs.restart(stoppedId));
        assertEquals("COMPLETED", restarted.getString("status"), restarted::toString);

        assertEquals(claims.size() - issuedBeforeRestart, metric(restarted, "letters", "writeCount"),
                "the restart issued exactly the missing letters");
        letters.assertOnePerPayout(claims.size());
    }

    private static JsonObject claimPage(ApiClient api, String claimNo) {
        ApiClient.Answer answer = api.get("claims/" + claimNo);
        assertEquals(200, answer.status(), answer::toString);
        return answer.json();
    }

    /** The claims' first version as intake stores it: the SQL fixtures leave it out, the claim page shows it. */
    private void withIntakeVersion(List<String> claimNos) throws SQLException {
        try (PreparedStatement version = fixtures.connection().prepareStatement("""
                INSERT INTO claim_version (claim_id, version, body, violations, submitted_by, submitted_at)
                SELECT id, 1, '{}', '[]', 'it-clerk', now() FROM claim WHERE claim_no = ANY (?)""")) {
            version.setArray(1, fixtures.connection().createArrayOf("varchar", claimNos.toArray()));
            assertEquals(claimNos.size(), version.executeUpdate());
        }
    }
}

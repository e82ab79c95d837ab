package org.huzhu.it.grants;

import static java.time.LocalDate.of;
import static org.huzhu.it.support.Jobs.metric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
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
 * The letters step of hardship-grant on the real EAR: every grant and condolence of a run gets exactly one signed
 * grant letter (帮扶金发放通知书), which its member alone downloads; a run stopped while writing letters issues the
 * missing ones, and no second one, when restarted.
 * <p>
 * Both tests decide the year 2018 (grant tests own 2016–2019, this class 2018) with a budget that pays every grant
 * in full: a later run of the year then pays only the members the later test made, so each run's grants are the
 * test's own, in either order.
 */
class GrantLettersIT extends AgainstTheServer {

    private static final int YEAR = 2018;


    private ApiClient api;
    private ApiClient finance;
    private TestUsers.Credentials financeUser;
    private Jobs jobs;
    private GrantFixtures fixtures;

    @BeforeEach
    void signIn() throws SQLException {
        api = ApiClient.anonymous(base);
        financeUser = TestUsers.create(api, "finance");
        finance = api.as(financeUser);
        jobs = new Jobs(finance, "hardship-grant");
        fixtures = new GrantFixtures();
    }

    @AfterEach
    void closeFixtures() throws SQLException {
        fixtures.close();
    }

    @Test
    void everyGrantAndCondolenceGetsOneSignedLetterThatOnlyItsMemberDownloads() throws Exception {
        GrantFixtures.Member deep = fixtures.member("李建国");
        fixtures.hardshipFile(deep, "DEEP", of(2018, 1, 1), of(2019, 12, 31));
        fixtures.inpatient(deep, YEAR, "30000.00", "1000.00", "1000.00");          // B 30,000: 30% → at most 5,000
        GrantFixtures.Member noFile = fixtures.member("赵秀兰");
        fixtures.accidentMedical(noFile, YEAR, "12000.00", "1345.67", "1000.00");  // B 12,345.67: 10% → 1,234
        GrantFixtures.Member critical = fixtures.member("孙志强");
        fixtures.settled(critical, "CRITICAL", YEAR, "50000.00", "10000.00");      // condolence 1,000

        JsonObject execution = jobs.run("""
                {"year": 2018, "budget": "100000.00", "runDate": "2019-01-10"}""");
        long run = execution.getJsonNumber("run").longValue();

        assertEquals(3, metric(execution, "letters", "readCount"), execution::toString);
        assertEquals(3, metric(execution, "letters", "writeCount"));
        new RunLetters(fixtures, run).assertOnePerPayout(3);
        assertEquals("GRANT GRANT CONDOLENCE", String.join(" ", letterKind(run, deep), letterKind(run, noFile),
                letterKind(run, critical)));

        fixtures.memberAccount(deep, financeUser.username());
        ApiClient deepApi = api.as(deep.memberNo(), financeUser.password());
        String letterNo = letterNo(run, deep);
        assertEquals(List.of(letterNo), myLetters(deepApi), "a member's grant letter is among their letters");
        Path pdf = download(deepApi, letterNo);
        String pdfsig = PdfTools.pdfsigTrustingDevelopmentCa(pdf);
        assertTrue(pdfsig.contains("Signature Validation: Signature is Valid."), pdfsig);
        assertTrue(pdfsig.contains("Total document signed"), pdfsig);
        assertTrue(pdfsig.contains("Certificate Validation: Certificate is Trusted."), pdfsig);
        String text = PdfTools.run("pdftotext", pdf.toString(), "-");
        assertTrue(text.contains("帮扶金发放通知书"), text);
        assertTrue(text.contains("李建国"), text);
        assertTrue(text.contains(grantNo(deep)), text);
        assertTrue(text.contains("¥5,000.00"), "the amount in figures: " + text);
        assertTrue(text.contains("人民币伍仟元整"), "the amount in capitals: " + text);
        assertTrue(text.contains("困难职工档案（深度困难），按 B 的 30% 计"), text);
        assertTrue(text.contains("超过每人每年最高帮扶额"), "the yearly maximum limited the grant: " + text);
        assertFalse(text.contains(deep.bankCard()), "never the whole card");
        assertFalse(text.contains(fixtures.text("SELECT id_number FROM member WHERE id = ?", deep.id())),
                "never the whole resident ID");

        String noFileText = PdfTools.run("pdftotext", download(finance, letterNo(run, noFile)).toString(), "-");
        assertTrue(noFileText.contains("赵秀兰"), noFileText);
        assertTrue(noFileText.contains("¥1,234.00"), noFileText);
        assertTrue(noFileText.contains("人民币壹仟贰佰叁拾肆元整"), noFileText);
        assertTrue(noFileText.contains("12,345.67"), "the remaining burden: " + noFileText);

        // The condolence's member reads their own letter and gets 404 for another member's.
        fixtures.memberAccount(critical, financeUser.username());
        ApiClient criticalApi = api.as(critical.memberNo(), financeUser.password());
        assertEquals(404, criticalApi.send(criticalApi.request("letters/" + letterNo)
                .header("Accept", "application/pdf").GET()).status());
        String condolence = PdfTools.run("pdftotext", download(criticalApi, letterNo(run, critical)).toString(), "-");
        assertTrue(condolence.contains("慰问金"), condolence);
        assertTrue(condolence.contains("人民币壹仟元整"), condolence);
        assertEquals(List.of(letterNo(run, critical)), myLetters(criticalApi));
    }

    @Test
    void aRunStoppedWhileWritingLettersIssuesTheMissingOnesOnRestartAndNoSecond() throws Exception {
        // Enough grants that every partition is still writing when the stop comes (4 partitions, 20 a chunk).
        List<GrantFixtures.Member> members = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            GrantFixtures.Member member = fixtures.member("帮扶" + i);
            fixtures.inpatient(member, YEAR, "11000.00", "0.00", "1000.00");        // B 10,000: 1,000
            members.add(member);
        }

        long stoppedId = jobs.start("""
                {"year": 2018, "budget": "300000.00", "runDate": "2019-02-10"}""");
        long run = jobs.execution(stoppedId).getJsonNumber("run").longValue();
        RunLetters letters = new RunLetters(fixtures, run);
        letters.stopWhileIssuing(jobs, stoppedId);
        long issuedBeforeRestart = letters.issued();
        assertTrue(issuedBeforeRestart < members.size(),
                "stopped while writing letters: " + issuedBeforeRestart + " of " + members.size());

        JsonObject restarted = jobs.await(jobs.restart(stoppedId));
        assertEquals("COMPLETED", restarted.getString("status"), restarted::toString);

        assertEquals(members.size() - issuedBeforeRestart, metric(restarted, "letters", "writeCount"),
                "the restart issued exactly the missing letters");
        letters.assertOnePerPayout(members.size());
        assertEquals(members.size(), fixtures.count("""
                SELECT count(*) FROM hardship_grant g JOIN grant_run r ON r.id = g.grant_run_id
                WHERE r.job_instance_id = ?""", run), "the restart decided nothing again");
    }

    private String letterNo(long run, GrantFixtures.Member member) throws SQLException {
        return fixtures.text("""
                SELECT l.letter_no FROM letter l JOIN payout p ON p.id = l.payout_id
                WHERE p.settlement_run = ? AND p.member_id = ?""", run, member.id());
    }

    private String letterKind(long run, GrantFixtures.Member member) throws SQLException {
        return fixtures.text("SELECT kind FROM letter WHERE letter_no = ?", letterNo(run, member));
    }

    private String grantNo(GrantFixtures.Member member) throws SQLException {
        return fixtures.text("SELECT grant_no FROM hardship_grant WHERE member_id = ? AND year = ?", member.id(), YEAR);
    }

    private static List<String> myLetters(ApiClient member) {
        ApiClient.Answer answer = member.get("me/letters");
        assertEquals(200, answer.status(), answer::toString);
        try (JsonReader reader = Json.createReader(new StringReader(answer.text()))) {
            return reader.readArray().getValuesAs(JsonObject.class).stream()
                    .map(letter -> letter.getString("letterNo")).toList();
        }
    }

    private static Path download(ApiClient caller, String letterNo) {
        ApiClient.Answer download = caller.send(caller.request("letters/" + letterNo)
                .header("Accept", "application/pdf").GET());
        assertEquals(200, download.status(), download::toString);
        return PdfTools.save(letterNo + ".pdf", download.body());
    }
}

package org.huzhu.it.settlement;

import static java.time.LocalDate.of;
import static org.huzhu.it.support.Jobs.metric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.huzhu.it.support.AgainstTheServer;
import org.huzhu.it.support.ApiClient;
import org.huzhu.it.support.Jobs;
import org.huzhu.it.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The payout-settlement job on the real EAR, started through the API as finance starts it, on APPROVED claims put
 * into PostgreSQL by {@link SettlementFixtures}. Each test first settles whatever other tests left APPROVED, so
 * that its counts are its own claims' counts.
 */
class PayoutSettlementJobIT extends AgainstTheServer {

    private static final String RUN_DATE = "2026-11-20";


    private ApiClient api;
    private ApiClient finance;
    private Jobs jobs;
    private SettlementFixtures fixtures;

    @BeforeEach
    void settleWhatOthersLeftApproved() throws Exception {
        api = ApiClient.anonymous(base);
        finance = api.as(TestUsers.create(api, "finance"));
        jobs = new Jobs(finance, Jobs.SETTLEMENT);
        fixtures = new SettlementFixtures();
        jobs.run("{}");
        assertEquals(0, fixtures.count("SELECT count(*) FROM claim WHERE status = 'APPROVED'"));
    }

    @AfterEach
    void closeFixtures() throws SQLException {
        fixtures.close();
    }

    @Test
    void theWorkedExamplesOfSpecSection6SettleToTheFenAndArePaidInOneFile() throws Exception {
        // INPATIENT, 2 shares, a renewal. Claim numbers run against incident dates, so that settling in claim
        // number order would give other amounts: C (Jun), then A (Feb), B (Apr), D (Aug, the cap used up).
        SettlementFixtures.Enrolment inpatient = fixtures.enrol(fixtures.member("王小明", "MALE"), "INPATIENT", 2,
                of(2026, 1, 1), true);
        String c = fixtures.stay(inpatient, of(2026, 6, 1), of(2026, 6, 10), "5000.00");
        String a = fixtures.stay(inpatient, of(2026, 2, 1), of(2026, 2, 8), "8000.00");
        String b = fixtures.stay(inpatient, of(2026, 4, 1), of(2026, 4, 20), "20000.00");
        String d = fixtures.stay(inpatient, of(2026, 8, 1), of(2026, 8, 5), "1000.00");
        SettlementFixtures.Enrolment allowance = fixtures.enrol(fixtures.member("李四", "MALE"), "ALLOWANCE", 1,
                of(2026, 1, 1), false);
        String stay = fixtures.stay(allowance, of(2026, 3, 1), of(2026, 3, 16), "300.00");
        SettlementFixtures.Enrolment female = fixtures.enrol(fixtures.member("张丽", "FEMALE"), "FEMALE", 2,
                of(2026, 1, 1), false);
        String cancer = fixtures.diagnosis(female, of(2026, 2, 15), "C50.9");

        JsonObject execution = jobs.run("{\"runDate\": \"" + RUN_DATE + "\"}");

        assertEquals(6, metric(execution, "settle", "readCount"), execution::toString);
        assertEquals(6, metric(execution, "settle", "writeCount"));
        assertEquals(0, metric(execution, "settle", "rollbackCount"));
        assertEquals(0, metric(execution, "settle", "processSkipCount"));
        assertEquals(0, metric(execution, "settle", "filterCount"));
        assertEquals("COMPLETED", Jobs.step(execution, "payment-file").getString("status"));
        assertEquals(RUN_DATE, execution.getJsonObject("parameters").getString("runDate"));
        // The console's step times: the partitioned settle step began before it wrote its first payout (JBeret
        // itself would report its start as the moment its partitions ended).
        String settleStart = Jobs.step(execution, "settle").getString("startTime");
        assertEquals(6, fixtures.count("""
                SELECT count(*) FROM payout p JOIN claim c ON c.id = p.claim_id
                WHERE c.claim_no IN (?, ?, ?, ?, ?, ?) AND p.created_at >= ?::timestamptz""",
                a, b, c, d, stay, cancer, settleStart), "settle started at " + settleStart);

        Map<String, String> expected = Map.of(a, "7500.00", b, "20000.00", c, "2500.00", d, "0.00",
                stay, "480.00", cancer, "1000.00");
        for (Map.Entry<String, String> claim : expected.entrySet()) {
            assertEquals(claim.getValue(), fixtures.payable(claim.getKey()), "payout of " + claim.getKey());
            assertEquals("SETTLED", fixtures.status(claim.getKey()));
            assertEquals(1, fixtures.count("""
                    SELECT count(*) FROM audit_log WHERE entity_type = 'CLAIM' AND entity_ref = ?
                    AND actor = 'system:payout-settlement' AND from_status = 'APPROVED' AND to_status = 'SETTLED'""",
                    claim.getKey()));
        }
        assertEquals(RUN_DATE, fixtures.text("SELECT ended_on::text FROM enrollment WHERE id = ?", female.id()),
                "a paid FEMALE benefit ends the enrolment");
        assertNull(fixtures.text("SELECT ended_on::text FROM enrollment WHERE id = ?", inpatient.id()));
        assertTrue(fixtures.text("SELECT breakdown::text FROM payout p JOIN claim c ON c.id = p.claim_id "
                + "WHERE c.claim_no = ?", b).contains("以本次政策范围内自付金额为限"), "B is held to its base");
        assertEquals("claims=6 payable=31480.00 paymentRows=5 paymentFile=" + paymentFileId(execution),
                execution.getString("exitStatus"));

        // The payment file: the five payouts above 0 in order of claim number; D's 0.00 is not paid.
        JsonObject file = execution.getJsonArray("paymentFiles").getJsonObject(0);
        ApiClient.Answer download = finance.get("payment-files/" + file.getJsonNumber("id").longValue());
        assertEquals(200, download.status(), download::toString);
        assertTrue(download.contentType().startsWith("text/csv"), download::contentType);
        assertEquals(file.getString("sha256"), HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(download.body())));
        assertEquals(5, file.getInt("rowCount"));
        assertEquals("31480.00", file.getString("total"));
        String expectedFile = SettlementChecks.expectedPaymentFile(fixtures, expected);
        assertTrue(expectedFile.endsWith("\r\n合计,5,31480.00\r\n"), expectedFile);
        assertEquals(expectedFile, new String(download.body(), StandardCharsets.UTF_8));
        assertEquals(5, fixtures.count("SELECT count(*) FROM payment_row WHERE payment_file_id = ?",
                file.getJsonNumber("id").longValue()));
    }

    @Test
    void aSecondRunSettlesNothingTwiceAndTheDatabaseRefusesASecondPayout() throws Exception {
        SettlementFixtures.Enrolment inpatient = fixtures.enrol(fixtures.member("赵六", "MALE"), "INPATIENT", 1,
                of(2026, 1, 1), false);
        String claim = fixtures.stay(inpatient, of(2026, 5, 1), of(2026, 5, 3), "2500.00");
        JsonObject first = jobs.run("{}");
        assertEquals(1, metric(first, "settle", "writeCount"));
        assertEquals("1000.00", fixtures.payable(claim));

        JsonObject second = jobs.run("{}");
        assertEquals(0, metric(second, "settle", "readCount"), second::toString);
        assertEquals(0, metric(second, "settle", "writeCount"));
        assertEquals("1000.00", fixtures.payable(claim), "still one payout");
        JsonObject emptyFile = second.getJsonArray("paymentFiles").getJsonObject(0);
        assertEquals(0, emptyFile.getInt("rowCount"));
        assertEquals(SettlementChecks.HEADER + "合计,0,0.00\r\n",
                finance.get("payment-files/" + emptyFile.getJsonNumber("id").longValue()).text());

        SQLException duplicate = assertThrows(SQLException.class, () -> fixtures.connection().createStatement().execute("""
                INSERT INTO payout (kind, claim_id, member_id, plan_code, enrollment_id, coverage_start, coverage_end,
                                    payable, breakdown, settlement_run, job_execution_id, settled_on)
                SELECT 'CLAIM', p.claim_id, p.member_id, p.plan_code, p.enrollment_id, p.coverage_start, p.coverage_end,
                       p.payable, p.breakdown, p.settlement_run, p.job_execution_id, p.settled_on
                FROM payout p JOIN claim c ON c.id = p.claim_id WHERE c.claim_no = '%s'""".formatted(claim)));
        assertEquals("23505", duplicate.getSQLState(), "unique_violation");
    }

    @Test
    void aRunSettlesTheClaimsApprovedByItsDateOnThatDateAndLaterApprovalsWaitForALaterRun() throws Exception {
        // 2004: a year no other test settles in, so that these runs read only these claims.
        SettlementFixtures.Enrolment inpatient = fixtures.enrol(fixtures.member("钱七", "MALE"), "INPATIENT", 1,
                of(2004, 1, 1), false);
        String early = fixtures.stay(inpatient, of(2004, 4, 10), of(2004, 4, 14), "3000.00");
        String onTheDay = fixtures.stay(inpatient, of(2004, 5, 10), of(2004, 5, 14), "2000.00");
        String later = fixtures.stay(inpatient, of(2004, 6, 10), of(2004, 6, 14), "1000.00");
        fixtures.approveOn(early, of(2004, 6, 20));
        fixtures.approveOn(onTheDay, of(2004, 6, 30));
        fixtures.approveOn(later, of(2004, 7, 1));

        JsonObject june = jobs.run("{\"runDate\": \"2004-06-30\"}");
        assertEquals(2, metric(june, "settle", "readCount"), june::toString);
        assertEquals(2, metric(june, "settle", "writeCount"));
        assertEquals("SETTLED", fixtures.status(early));
        assertEquals("SETTLED", fixtures.status(onTheDay));
        assertEquals("APPROVED", fixtures.status(later), "approved the day after the run's date");
        assertNull(fixtures.payable(later));
        assertEquals(List.of("2004-06-30", "2004-06-30"), settledOn(early, onTheDay));
        assertEquals(2, paymentFile(june).getInt("rowCount"));

        JsonObject july = jobs.run("{\"runDate\": \"2004-07-01\"}");
        assertEquals(1, metric(july, "settle", "readCount"), july::toString);
        assertEquals("SETTLED", fixtures.status(later));
        assertEquals(List.of("2004-06-30", "2004-06-30", "2004-07-01"), settledOn(early, onTheDay, later));
        // One period across both runs: the deductible (500) is used by the first stay only, then 50% of each base.
        assertEquals(List.of("1250.00", "1000.00", "500.00"),
                List.of(fixtures.payable(early), fixtures.payable(onTheDay), fixtures.payable(later)));
    }

    private List<String> settledOn(String... claimNos) throws SQLException {
        List<String> days = new ArrayList<>();
        for (String claimNo : claimNos) {
            days.add(fixtures.text("""
                    SELECT p.settled_on::text FROM payout p JOIN claim c ON c.id = p.claim_id WHERE c.claim_no = ?""",
                    claimNo));
        }
        return days;
    }

    private static JsonObject paymentFile(JsonObject execution) {
        return execution.getJsonArray("paymentFiles").getJsonObject(0);
    }

    @Test
    void aSecondStartWhileOneRunsIsRefusedAndAStoppedRunRestartsToTheSamePayouts() throws Exception {
        List<String> claims = fixtures.manyInpatientClaims(400, 15);

        long running;
        try (AutoCloseable held = fixtures.holdFirstClaim(claims)) {
            running = jobs.start("{}");
            ApiClient.Answer refused = finance.post("jobs/" + Jobs.SETTLEMENT, "{}");
            assertEquals(409, refused.status(), refused::toString);
            assertTrue(refused.contentType().startsWith("application/problem+json"));
            assertTrue(refused.json().getString("type").endsWith("/job-running"), refused::toString);

            ApiClient.Answer stop = finance.post("jobs/executions/" + running + "/stop", null);
            assertEquals(202, stop.status(), stop::toString);
        }
        JsonObject stopped = jobs.await(running);
        assertEquals("STOPPED", stopped.getString("status"), stopped::toString);
        long settledBeforeRestart = metric(stopped, "settle", "writeCount");
        assertTrue(settledBeforeRestart < claims.size(), "stopped mid-run: " + settledBeforeRestart);
        assertEquals(0, fixtures.count("SELECT count(*) FROM payment_file WHERE settlement_run = ?",
                stopped.getJsonNumber("run").longValue()), "no payment file before the run completed");

        ApiClient.Answer restart = finance.post("jobs/executions/" + running + "/restart", null);
        assertEquals(202, restart.status(), restart::toString);
        JsonObject restarted = jobs.stopInLetters(restart.json().getJsonNumber("executionId").longValue());
        assertEquals(stopped.getJsonNumber("run").longValue(), restarted.getJsonNumber("run").longValue());
        assertEquals(claims.size(), settledBeforeRestart + metric(restarted, "settle", "writeCount"));
        assertEquals(claims.size() - settledBeforeRestart, metric(restarted, "settle", "readCount"));

        Map<String, String> expected = SettlementChecks.settledOneByOne(fixtures, claims);
        assertEquals(expected, SettlementChecks.payouts(fixtures, claims),
                "the same payouts as settling the claims one by one in order");
        JsonObject file = restarted.getJsonArray("paymentFiles").getJsonObject(0);
        assertEquals(claims.size(), file.getInt("rowCount"));
        assertEquals(SettlementChecks.expectedPaymentFile(fixtures, expected),
                finance.get("payment-files/" + file.getJsonNumber("id").longValue()).text());
        assertEquals(0, fixtures.count("SELECT count(*) FROM claim WHERE status = 'APPROVED'"));
    }

    @Test
    void aDryRunReportsWhatItWouldPayAndChangesNothing() throws Exception {
        SettlementFixtures.Enrolment inpatient = fixtures.enrol(fixtures.member("钱七", "MALE"), "INPATIENT", 1,
                of(2026, 1, 1), false);
        String first = fixtures.stay(inpatient, of(2026, 3, 1), of(2026, 3, 4), "2000.00");
        String second = fixtures.stay(inpatient, of(2026, 7, 1), of(2026, 7, 4), "1000.00");

        JsonObject dryRun = jobs.run("{\"dryRun\": true}");
        assertEquals("DRY_RUN claims=2 payable=1250.00 paymentRows=2", dryRun.getString("exitStatus"));
        assertEquals(2, metric(dryRun, "settle", "writeCount"));
        assertEquals("APPROVED", fixtures.status(first));
        assertEquals("APPROVED", fixtures.status(second));
        assertNull(fixtures.payable(first));
        assertEquals(0, dryRun.getJsonArray("paymentFiles").size());
        assertEquals(0, fixtures.count("SELECT count(*) FROM payout WHERE settlement_run = ?",
                dryRun.getJsonNumber("run").longValue()));

        JsonObject real = jobs.run("{}");
        assertTrue(real.getString("exitStatus").startsWith("claims=2 payable=1250.00 paymentRows=2 "), real::toString);
        assertEquals("750.00", fixtures.payable(first));
        assertEquals("500.00", fixtures.payable(second));
    }

    @Test
    void aClaimTheCalculatorRefusesIsSkippedAuditedAndLeftApprovedWhileTheOthersArePaid() throws Exception {
        SettlementFixtures.Enrolment female = fixtures.enrol(fixtures.member("孙梅", "FEMALE"), "FEMALE", 1,
                of(2026, 1, 1), false);
        String tooEarly = fixtures.diagnosis(female, of(2026, 1, 11), "C50.9");  // d = 10: inside the waiting period
        SettlementFixtures.Enrolment inpatient = fixtures.enrol(fixtures.member("周八", "MALE"), "INPATIENT", 1,
                of(2026, 1, 1), false);
        String good = fixtures.stay(inpatient, of(2026, 3, 1), of(2026, 3, 4), "2000.00");

        JsonObject execution = jobs.run("{}");

        assertEquals(2, metric(execution, "settle", "readCount"), execution::toString);
        assertEquals(1, metric(execution, "settle", "processSkipCount"));
        assertEquals(1, metric(execution, "settle", "writeCount"));
        assertEquals("750.00", fixtures.payable(good));
        assertEquals("APPROVED", fixtures.status(tooEarly));
        assertNull(fixtures.payable(tooEarly));
        assertTrue(fixtures.text("""
                SELECT reason FROM audit_log WHERE entity_ref = ? AND action = 'SETTLEMENT_REFUSED'
                AND actor = 'system:payout-settlement'""", tooEarly).contains("V04"));

        // As a reviewer would after reading the audit: the claim leaves APPROVED, and later runs start clean. A
        // declined claim was not approved: the database refuses to keep its day of approval.
        String declined = "UPDATE claim SET status = 'DECLINED'%s WHERE claim_no = '" + tooEarly + "'";
        assertThrows(SQLException.class, () -> fixtures.connection().createStatement()
                .executeUpdate(declined.formatted("")));
        fixtures.connection().createStatement().executeUpdate(declined.formatted(", approved_on = NULL"));
    }

    @Test
    void onlyFinanceStartsJobsAndBadParametersAreRefused() throws Exception {
        ApiClient clerk = api.as(TestUsers.create(api, "clerk"));
        long latestBefore = latestExecution();
        ApiClient.Answer forbidden = clerk.post("jobs/" + Jobs.SETTLEMENT, "{}");
        assertEquals(403, forbidden.status(), forbidden::toString);
        assertEquals(403, clerk.get("jobs/executions?job=" + Jobs.SETTLEMENT).status());

        ApiClient.Answer notADate = finance.post("jobs/" + Jobs.SETTLEMENT, "{\"runDate\": \"2026-02-30\"}");
        assertEquals(400, notADate.status(), notADate::toString);
        assertTrue(notADate.json().getJsonArray("errors").toString().contains("\"runDate\""), notADate::toString);
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
        ApiClient.Answer future = finance.post("jobs/" + Jobs.SETTLEMENT, "{\"runDate\": \"" + tomorrow + "\"}");
        assertEquals(400, future.status(), "a run dated tomorrow: " + future);
        assertTrue(future.json().getJsonArray("errors").toString().contains("\"runDate\""), future::toString);
        ApiClient.Answer notABoolean = finance.post("jobs/" + Jobs.SETTLEMENT, "{\"dryRun\": \"yes\"}");
        assertEquals(400, notABoolean.status(), notABoolean::toString);
        assertEquals(404, finance.post("jobs/no-such-job", "{}").status());
        assertEquals(404, finance.get("jobs/executions/987654321").status());
        assertEquals(404, finance.get("payment-files/987654321").status());

        assertEquals(latestBefore, latestExecution(), "nothing was started");
        ApiClient.Answer completed = finance.post("jobs/executions/" + latestBefore + "/restart", null);
        assertEquals(409, completed.status(), "a completed run is not restarted: " + completed);
    }

    private long latestExecution() {
        ApiClient.Answer recent = finance.get("jobs/executions?job=" + Jobs.SETTLEMENT);
        assertEquals(200, recent.status(), recent::toString);
        return recent.json().getJsonArray("executions").getJsonObject(0).getJsonNumber("executionId").longValue();
    }

    private static long paymentFileId(JsonObject execution) {
        return execution.getJsonArray("paymentFiles").getJsonObject(0).getJsonNumber("id").longValue();
    }
}

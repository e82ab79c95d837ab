package org.huzhu.it.intake;

import static org.huzhu.it.support.Fixtures.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.huzhu.it.support.AgainstTheServer;
import org.huzhu.it.support.ApiClient;
import org.huzhu.it.support.Fixtures;
import org.huzhu.it.support.TestPeople;
import org.huzhu.it.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Claim intake and review through the HTTP API, on the real server and database. */
public class ClaimIntakeIT extends AgainstTheServer {

    private static final LocalDate COVER_START = LocalDate.of(2026, 1, 1);
    private static final LocalDate COVER_END = LocalDate.of(2026, 12, 31);


    private ApiClient clerk;
    private ApiClient reviewer;
    private Fixtures fixtures;

    @BeforeEach
    void staff() {
        ApiClient api = ApiClient.anonymous(base);
        clerk = api.as(TestUsers.create(api, "clerk"));
        reviewer = api.as(TestUsers.create(api, "reviewer"));
        fixtures = new Fixtures(clerk);
    }

    @Test
    void aClaimMeetingEveryRuleIsValidatedWithADueDate() {
        String member = enrolledInpatient();
        JsonObject answer = expect(201, clerk.post("claims", inpatientClaim(member, "2026-06-01", "2026-06-03", "2026-06-10",
                TestPeople.unique("INV"), "1000.00", "600.00", "300.00", "100.00"))).json();
        assertEquals("VALIDATED", answer.getString("status"), answer::toString);
        assertTrue(answer.getJsonArray("violations").isEmpty(), answer::toString);
        assertTrue(answer.getString("claimNo").matches("HZ2026\\d{6}"), answer::toString);
        LocalDate due = LocalDate.parse(answer.getString("dueDate"));
        assertTrue(due.isAfter(LocalDate.now().minusDays(1)), "due 1 working day after submission");
    }

    /**
     * The server keeps the working calendar in memory for intake: a holiday the admin adds must count for the very
     * next claim. The day made a holiday is the first claim's due date, so the second claim is due a working day later.
     */
    @Test
    void aHolidayTheAdminAddsCountsForTheNextClaim() {
        String member = enrolledInpatient();
        LocalDate dueBefore = LocalDate.parse(expect(201, clerk.post("claims", inpatientClaim(member, "2026-06-01",
                "2026-06-03", "2026-06-10", TestPeople.unique("INV"), "1000.00", "600.00", "300.00", "100.00")))
                .json().getString("dueDate"));

        ApiClient admin = ApiClient.anonymous(base).as(TestUsers.admin(ApiClient.anonymous(base)));
        expect(201, admin.post("holidays", "{\"day\": \"%s\", \"name\": \"测试调休\"}".formatted(dueBefore)));

        LocalDate dueAfter = LocalDate.parse(expect(201, clerk.post("claims", inpatientClaim(member, "2026-07-01",
                "2026-07-03", "2026-07-10", TestPeople.unique("INV"), "1000.00", "600.00", "300.00", "100.00")))
                .json().getString("dueDate"));
        assertTrue(dueAfter.isAfter(dueBefore), "the new holiday " + dueBefore + " is skipped: due " + dueAfter);
        assertTrue(dueAfter.getDayOfWeek().getValue() <= 5, "due on a weekday: " + dueAfter);
    }

    @Test
    void everyFailedRuleIsReportedAndTheRejectedClaimIsStoredThenCorrected() {
        String member = enrolledInpatient();
        String invoice = TestPeople.unique("INV");
        // incident before the cover starts (V03), parts summing to 1,000.01 for a total of 1,000.00 (V07)
        JsonObject rejected = expect(201, clerk.post("claims", inpatientClaim(member, "2025-12-20", "2025-12-20",
                "2025-12-28", invoice, "1000.00", "600.00", "300.01", "100.00"))).json();
        assertEquals("REJECTED", rejected.getString("status"));
        Set<String> codes = codes(rejected.getJsonArray("violations"));
        assertTrue(codes.containsAll(Set.of("V03", "V07")), codes::toString);
        assertTrue(fields(rejected.getJsonArray("violations")).contains("incidentDate"), rejected::toString);
        String claimNo = rejected.getString("claimNo");

        JsonObject stored = expect(200, clerk.get("claims/" + claimNo)).json();
        assertEquals("REJECTED", stored.getString("status"));

        JsonObject corrected = expect(200, clerk.put("claims/" + claimNo, inpatientClaim(member, "2026-06-01",
                "2026-06-03", "2026-06-10", invoice, "1000.00", "600.00", "300.00", "100.00"))).json();
        assertEquals("VALIDATED", corrected.getString("status"), corrected::toString);

        JsonObject history = expect(200, reviewer.get("claims/" + claimNo)).json();
        assertEquals(2, history.getInt("version"));
        assertEquals(2, history.getJsonArray("versions").size(), "every version is kept");
        assertTrue(codes(history.getJsonArray("versions").getJsonObject(0).getJsonArray("violations")).contains("V07"));
        assertEquals("2026-06-01", history.getJsonObject("claim").getString("incidentDate"));
        List<String> transitions = history.getJsonArray("history").stream()
                .map(v -> v.asJsonObject().getString("action")).toList();
        assertEquals(List.of("SUBMIT", "VALIDATE", "CORRECT", "VALIDATE"), transitions);
    }

    @Test
    void onlyARejectedClaimCanBeCorrected() {
        String member = enrolledInpatient();
        String body = inpatientClaim(member, "2026-06-01", "2026-06-03", "2026-06-10", TestPeople.unique("INV"),
                "500.00", "100.00", "400.00", "0.00");
        String claimNo = expect(201, clerk.post("claims", body)).json().getString("claimNo");
        assertEquals(409, clerk.put("claims/" + claimNo, body).status());
    }

    @Test
    void reviewIsFourEyesAndAClaimIsApprovedOnce() {
        ApiClient api = ApiClient.anonymous(base);
        // No account is clerk and reviewer at once (RoleSeparation): a clerk who enters a claim and is then made a
        // reviewer is the one way to be both, and still may not approve it.
        TestUsers.Credentials clerkThenReviewer = TestUsers.create(api, "clerk");
        ApiClient both = api.as(clerkThenReviewer);
        String member = new Fixtures(both).member(false);
        new Fixtures(both).enrol(member, "INPATIENT", 1, COVER_START, COVER_END);
        String claimNo = expect(201, both.post("claims", inpatientClaim(member, "2026-06-01", "2026-06-03", "2026-06-10",
                TestPeople.unique("INV"), "500.00", "100.00", "400.00", "0.00"))).json().getString("claimNo");
        expect(200, api.as(TestUsers.admin(api)).put("users/" + clerkThenReviewer.username() + "/roles", "{\"roles\": [\"reviewer\"]}"));

        ApiClient.Answer ownApproval = both.post("claims/" + claimNo + "/approve", "{\"reason\": \"资料齐全\"}");
        assertEquals(409, ownApproval.status(), ownApproval::toString);
        assertTrue(ownApproval.json().getString("type").endsWith("four-eyes"));

        expect(200, reviewer.post("claims/" + claimNo + "/approve", "{\"reason\": \"资料齐全\"}"));
        assertEquals(409, reviewer.post("claims/" + claimNo + "/approve", "{\"reason\": \"again\"}").status());
        assertEquals(409, reviewer.post("claims/" + claimNo + "/decline", "{\"reason\": \"late\"}").status());

        JsonObject claim = expect(200, clerk.get("claims/" + claimNo)).json();
        assertEquals("APPROVED", claim.getString("status"));
        JsonObject approval = claim.getJsonArray("history").getJsonObject(2);
        assertEquals("APPROVE", approval.getString("action"));
        assertEquals("VALIDATED", approval.getString("from"));
        assertEquals("APPROVED", approval.getString("to"));
        assertEquals("资料齐全", approval.getString("reason"));
        assertEquals(403, clerk.post("claims/" + claimNo + "/decline", "{\"reason\": \"x\"}").status(), "clerks do not review");
    }

    @Test
    void aDeclinedClaimFreesItsInvoiceNumber() {
        String member = enrolledInpatient();
        String invoice = TestPeople.unique("INV");
        String first = expect(201, clerk.post("claims", inpatientClaim(member, "2026-06-01", "2026-06-03", "2026-06-10",
                invoice, "500.00", "100.00", "400.00", "0.00"))).json().getString("claimNo");
        JsonObject duplicate = expect(201, clerk.post("claims", inpatientClaim(member, "2026-07-01", "2026-07-03",
                "2026-07-10", invoice, "500.00", "100.00", "400.00", "0.00"))).json();
        assertTrue(codes(duplicate.getJsonArray("violations")).contains("V08"), duplicate::toString);

        expect(200, reviewer.post("claims/" + first + "/decline", "{\"reason\": \"重复报销\"}"));
        JsonObject again = expect(201, clerk.post("claims", inpatientClaim(member, "2026-07-01", "2026-07-03",
                "2026-07-10", invoice, "500.00", "100.00", "400.00", "0.00"))).json();
        assertEquals("VALIDATED", again.getString("status"), again::toString);
    }

    /** V11 asks the database which claims on the enrolment hold a once-only benefit: approved ones do, submitted ones not. */
    @Test
    void aCriticalIllnessBenefitApprovedOnceFailsTheNextClaimOnTheEnrolment() {
        String member = fixtures.member(false);
        fixtures.enrol(member, "CRITICAL", 1, COVER_START, COVER_END);
        String first = expect(201, clerk.post("claims", criticalClaim(member, "2026-06-01"))).json().getString("claimNo");
        JsonObject beforeApproval = expect(201, clerk.post("claims", criticalClaim(member, "2026-06-15"))).json();
        assertFalse(codes(beforeApproval.getJsonArray("violations")).contains("V11"), beforeApproval::toString);

        expect(200, reviewer.post("claims/" + first + "/approve", "{\"reason\": \"病理报告确诊\"}"));
        JsonObject afterApproval = expect(201, clerk.post("claims", criticalClaim(member, "2026-07-01"))).json();
        assertEquals("REJECTED", afterApproval.getString("status"), afterApproval::toString);
        assertEquals(Set.of("V11"), codes(afterApproval.getJsonArray("violations")), afterApproval::toString);
    }

    @Test
    void malformedClaimsAre400NamingEachFieldAndNothingIsStored() {
        String member = enrolledInpatient();
        String before = clerk.get("claims?q=" + member).text();
        ApiClient.Answer answer = clerk.post("claims", """
                {"memberNo": "%s", "planCode": "DENTAL", "cause": "ILLNESS", "incidentDate": "2026-02-30",
                 "admissionDate": 20260201, "invoices": [{"number": "X1", "total": "-5.00", "fundPaid": "1.234",
                 "policySelfPaid": "20000000.00", "outOfPolicy": "0"}], "documents": ["ID_COPY"], "complexity": "SIMPLE"}"""
                .formatted(member));
        assertEquals(400, answer.status(), answer::toString);
        assertTrue(answer.contentType().startsWith("application/problem+json"));
        Set<String> fields = answer.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).collect(Collectors.toSet());
        assertTrue(fields.containsAll(Set.of("planCode", "incidentDate", "admissionDate", "invoices[0].total",
                "invoices[0].fundPaid", "invoices[0].policySelfPaid")), fields::toString);
        assertEquals(before, clerk.get("claims?q=" + member).text(), "nothing stored");
        assertEquals(400, clerk.post("claims", "{\"memberNo\": ").status());
        assertEquals(400, clerk.post("claims", "[1, 2]").status());
        assertFalse(answer.text().contains("Exception"));
    }

    @Test
    void aMemberSeesOnlyTheirOwnClaims() {
        String unit = fixtures.unit();
        Fixtures.Registered owner = fixtures.registered(unit, "王芳", true);
        Fixtures.Registered other = fixtures.registered(unit, "李娜", true);
        fixtures.enrol(owner.memberNo(), "INPATIENT", 1, COVER_START, COVER_END);
        String claimNo = expect(201, clerk.post("claims", inpatientClaim(owner.memberNo(), "2026-06-01", "2026-06-03",
                "2026-06-10", TestPeople.unique("INV"), "500.00", "100.00", "400.00", "0.00"))).json().getString("claimNo");

        ApiClient api = ApiClient.anonymous(base);
        ApiClient ownerApi = api.as(owner.signedIn(api));
        ApiClient otherApi = api.as(other.signedIn(api));
        assertEquals(200, ownerApi.get("claims/" + claimNo).status());
        assertEquals(404, otherApi.get("claims/" + claimNo).status(), "another member's claim does not exist for them");
        assertEquals(404, otherApi.get("members/" + owner.memberNo()).status());
        assertEquals(403, ownerApi.get("claims?q=").status(), "members do not search");
        assertEquals(404, clerk.get("claims/HZ2026999999").status());
    }

    @Test
    void theSameInvoiceSubmittedByEightClerksAtOnceIsAcceptedOnce() throws Exception {
        String member = enrolledInpatient();
        String invoice = TestPeople.unique("RACE");
        ApiClient api = ApiClient.anonymous(base);
        List<ApiClient> clerks = java.util.stream.IntStream.range(0, 8)
                .mapToObj(i -> api.as(TestUsers.create(api, "clerk"))).toList();
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(clerks.size());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(clerks.size());
        try {
            List<java.util.concurrent.Future<JsonObject>> answers = clerks.stream().map(c -> pool.submit(() -> {
                start.await();
                return expect(201, c.post("claims", inpatientClaim(member, "2026-06-01", "2026-06-01", "2026-06-02",
                        invoice, "500.00", "100.00", "400.00", "0.00"))).json();
            })).toList();
            int validated = 0;
            for (var answer : answers) {
                JsonObject claim = answer.get(60, java.util.concurrent.TimeUnit.SECONDS);
                if ("VALIDATED".equals(claim.getString("status"))) {
                    validated++;
                } else {
                    // The same claim twice: the loser sees the invoice in use (V08), or, when the winner
                    // committed between its checks, the winner's stay first (V12); both name the duplicate.
                    assertEquals("REJECTED", claim.getString("status"), claim::toString);
                    Set<String> codes = codes(claim.getJsonArray("violations"));
                    assertTrue(codes.contains("V08") || codes.contains("V12"), claim::toString);
                }
            }
            assertEquals(1, validated, "exactly one claim holds the invoice");
        } finally {
            pool.shutdownNow();
        }
    }

    private String enrolledInpatient() {
        String member = fixtures.member(false);
        fixtures.enrol(member, "INPATIENT", 2, COVER_START, COVER_END);
        return member;
    }

    public static String inpatientClaim(String member, String incident, String admission, String discharge, String invoice,
                                 String total, String fund, String policySelf, String outOfPolicy) {
        return """
                {"memberNo": "%s", "planCode": "INPATIENT", "cause": "ILLNESS", "incidentDate": "%s",
                 "admissionDate": "%s", "dischargeDate": "%s", "hospital": "县人民医院", "diagnosisCode": "K35.8",
                 "invoices": [{"number": "%s", "total": "%s", "fundPaid": "%s", "policySelfPaid": "%s", "outOfPolicy": "%s"}],
                 "documents": ["ID_COPY", "INVOICE", "EXPENSE_LIST", "DISCHARGE_SUMMARY"], "complexity": "SIMPLE"}"""
                .formatted(member, incident, admission, discharge, invoice, total, fund, policySelf, outOfPolicy);
    }

    static String criticalClaim(String member, String diagnosed) {
        return """
                {"memberNo": "%s", "planCode": "CRITICAL", "cause": "ILLNESS", "incidentDate": "%s", "diagnosisCode": "C34.1",
                 "invoices": [], "documents": ["ID_COPY", "DIAGNOSIS_CERT", "PATHOLOGY_REPORT"], "complexity": "COMPLEX"}"""
                .formatted(member, diagnosed);
    }

    static Set<String> codes(JsonArray violations) {
        return violations.stream().map(v -> v.asJsonObject().getString("code")).collect(Collectors.toSet());
    }

    static Set<String> fields(JsonArray violations) {
        return violations.stream().map(v -> v.asJsonObject().getString("field")).collect(Collectors.toSet());
    }
}

package org.huzhu.it.foureyes;

import static org.huzhu.it.support.Fixtures.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import org.huzhu.it.support.AgainstTheServer;
import org.huzhu.it.support.ApiClient;
import org.huzhu.it.support.Fixtures;
import org.huzhu.it.support.TestPeople;
import org.huzhu.it.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Nobody reviews a claim they put anything into (SPEC.md §1, §4): not only the clerk who entered it, but whoever
 * corrected a version or attached a document. The one who does both here is a reviewer who is also a clerk
 * ({@link StaffWithTwoRoles}).
 */
class ReviewFourEyesIT extends AgainstTheServer {

    private static final LocalDate COVER_START = LocalDate.of(2026, 1, 1);
    private static final String REASON = "{\"reason\": \"资料齐全\"}";


    private ApiClient clerk;
    private ApiClient reviewerWhoAlsoEnters;
    private ApiClient otherReviewer;
    private String member;

    @BeforeEach
    void people() throws SQLException {
        ApiClient api = ApiClient.anonymous(base);
        clerk = api.as(TestUsers.create(api, "clerk"));
        reviewerWhoAlsoEnters = StaffWithTwoRoles.reviewerAndClerk(api);
        otherReviewer = api.as(TestUsers.create(api, "reviewer"));
        Fixtures fixtures = new Fixtures(clerk);
        member = fixtures.member(false);
        fixtures.enrol(member, "INPATIENT", 1, COVER_START, COVER_START.plusYears(1).minusDays(1));
    }

    @Test
    void whoeverCorrectedARejectedClaimCannotApproveOrDeclineIt() {
        String invoice = TestPeople.unique("INV");
        // the parts add up to 1,000.01 for a total of 1,000.00: V07, stored as REJECTED
        String claimNo = expect(201, clerk.post("claims", claim(invoice, "300.01"))).json().getString("claimNo");
        assertEquals("REJECTED", reviewerWhoAlsoEnters.get("claims/" + claimNo).json().getString("status"));

        assertEquals("VALIDATED", expect(200, reviewerWhoAlsoEnters.put("claims/" + claimNo, claim(invoice, "300.00")))
                .json().getString("status"));

        assertFourEyes(reviewerWhoAlsoEnters.post("claims/" + claimNo + "/approve", REASON));
        assertFourEyes(reviewerWhoAlsoEnters.post("claims/" + claimNo + "/decline", REASON));
        assertEquals("VALIDATED", clerk.get("claims/" + claimNo).json().getString("status"), "nothing changed");

        expect(200, otherReviewer.post("claims/" + claimNo + "/approve", REASON));
    }

    @Test
    void whoeverAttachedADocumentCannotApproveTheClaim() {
        String claimNo = expect(201, clerk.post("claims", claim(TestPeople.unique("INV"), "300.00"))).json()
                .getString("claimNo");
        ApiClient.Answer attached = attach(reviewerWhoAlsoEnters, claimNo);
        assertEquals(201, attached.status(), attached::toString);

        assertFourEyes(reviewerWhoAlsoEnters.post("claims/" + claimNo + "/approve", REASON));
        assertEquals("VALIDATED", clerk.get("claims/" + claimNo).json().getString("status"), "nothing changed");
        expect(200, otherReviewer.post("claims/" + claimNo + "/approve", REASON));
    }

    private static void assertFourEyes(ApiClient.Answer answer) {
        assertEquals(409, answer.status(), answer::toString);
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer::toString);
        assertTrue(answer.json().getString("type").endsWith("four-eyes"), answer::toString);
    }

    private String claim(String invoice, String policySelfPaid) {
        return """
                {"memberNo": "%s", "planCode": "INPATIENT", "cause": "ILLNESS", "incidentDate": "2026-06-01",
                 "admissionDate": "2026-06-03", "dischargeDate": "2026-06-10", "hospital": "县人民医院",
                 "diagnosisCode": "K35.8", "invoices": [{"number": "%s", "total": "1000.00", "fundPaid": "600.00",
                 "policySelfPaid": "%s", "outOfPolicy": "100.00"}],
                 "documents": ["ID_COPY", "INVOICE", "EXPENSE_LIST", "DISCHARGE_SUMMARY"], "complexity": "SIMPLE"}"""
                .formatted(member, invoice, policySelfPaid);
    }

    /** A one-page PDF scan as the claim form uploads it: multipart {@code code} and {@code file}. */
    private static ApiClient.Answer attach(ApiClient caller, String claimNo) {
        String boundary = "----huzhu" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"code\"\r\n\r\nINVOICE\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"invoice.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n%%EOF\n\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8));
        return caller.send(caller.request("claims/" + claimNo + "/documents")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }
}

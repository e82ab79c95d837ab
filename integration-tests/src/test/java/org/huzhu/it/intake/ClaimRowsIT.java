package org.huzhu.it.intake;

import static org.huzhu.it.intake.ClaimIntakeIT.codes;
import static org.huzhu.it.intake.ClaimIntakeIT.inpatientClaim;
import static org.huzhu.it.support.Fixtures.expect;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.huzhu.it.support.AgainstTheServer;
import org.huzhu.it.support.ApiClient;
import org.huzhu.it.support.DatabaseFixtures;
import org.huzhu.it.support.Fixtures;
import org.huzhu.it.support.TestPeople;
import org.huzhu.it.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Intake writes a new claim's rows with plain JDBC, not through its entities: these are the rows, column by column, that
 * the entities map to and the rest of Huzhu reads (review, correction, settlement), and a claim the database refuses
 * half-way leaves none of them.
 */
class ClaimRowsIT extends AgainstTheServer {

    private TestUsers.Credentials clerkUser;
    private ApiClient clerk;
    private ApiClient reviewer;
    private String member;

    @BeforeEach
    void staffAndMember() {
        ApiClient api = ApiClient.anonymous(base);
        clerkUser = TestUsers.create(api, "clerk");
        clerk = api.as(clerkUser);
        reviewer = api.as(TestUsers.create(api, "reviewer"));
        Fixtures fixtures = new Fixtures(clerk);
        member = fixtures.member(false);
        fixtures.enrol(member, "INPATIENT", 2, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    }

    @Test
    void aValidatedClaimIsStoredInTheRowsItsEntitiesMap() throws SQLException {
        String invoice = TestPeople.unique("ROW");
        Instant before = Instant.now();
        JsonObject answer = expect(201, clerk.post("claims", inpatientClaim(member, "2026-06-01", "2026-06-03",
                "2026-06-10", invoice, "1000.00", "600.00", "300.00", "100.00"))).json();
        String claimNo = answer.getString("claimNo");
        assertEquals("VALIDATED", answer.getString("status"), answer::toString);

        try (Connection db = DatabaseFixtures.openTestDatabase()) {
            try (PreparedStatement select = db.prepareStatement("""
                    SELECT c.member_no, c.member_id = m.id, c.plan_code, c.enrollment_id = e.id, c.status,
                           c.current_version, c.cause, c.incident_date, c.admission_date, c.discharge_date, c.hospital,
                           c.diagnosis_code, c.accident_outcome, c.disability_grade, c.complexity, c.documents,
                           c.submitted_at, c.due_date, c.entered_by, c.reviewed_by, c.row_version, c.id
                    FROM claim c JOIN member m ON m.member_no = c.member_no
                    JOIN enrollment e ON e.member_id = m.id AND e.plan_code = 'INPATIENT'
                    WHERE c.claim_no = ?""")) {
                select.setString(1, claimNo);
                try (ResultSet rs = select.executeQuery()) {
                    assertTrue(rs.next(), "the claim is stored");
                    assertEquals(member, rs.getString(1));
                    assertTrue(rs.getBoolean(2), "the claim names its member's row");
                    assertEquals("INPATIENT", rs.getString(3));
                    assertTrue(rs.getBoolean(4), "and the enrolment that covers the incident");
                    assertEquals("VALIDATED", rs.getString(5));
                    assertEquals(1, rs.getInt(6));
                    assertEquals("ILLNESS", rs.getString(7));
                    assertEquals(LocalDate.of(2026, 6, 1), rs.getObject(8, LocalDate.class));
                    assertEquals(LocalDate.of(2026, 6, 3), rs.getObject(9, LocalDate.class));
                    assertEquals(LocalDate.of(2026, 6, 10), rs.getObject(10, LocalDate.class));
                    assertEquals("县人民医院", rs.getString(11));
                    assertEquals("K35.8", rs.getString(12));
                    assertNull(rs.getString(13));
                    assertNull(rs.getObject(14));
                    assertEquals("SIMPLE", rs.getString(15));
                    assertArrayEquals(new String[] {"DISCHARGE_SUMMARY", "EXPENSE_LIST", "ID_COPY", "INVOICE"},
                            (Object[]) rs.getArray(16).getArray(), "the documents' codes, sorted");
                    Instant submitted = rs.getObject(17, OffsetDateTime.class).toInstant();
                    assertFalse(submitted.isBefore(before.minusSeconds(1)) || submitted.isAfter(Instant.now()),
                            "submitted now: " + submitted);
                    assertEquals(LocalDate.parse(answer.getString("dueDate")), rs.getObject(18, LocalDate.class));
                    assertEquals(clerkUser.username(), rs.getString(19));
                    assertNull(rs.getString(20));
                    assertEquals(0, rs.getInt(21), "a new row's optimistic-lock version");
                    long claimId = rs.getLong(22);
                    assertEquals(List.of(List.of("0", invoice, "1000.00", "600.00", "300.00", "100.00", "t")),
                            rows(db, """
                                    SELECT position, number, total, fund_paid, policy_self_paid, out_of_policy, in_use
                                    FROM claim_invoice WHERE claim_id = ?""", claimId));
                    assertEquals(List.of(List.of("1", member, "2026-06-01", invoice, "[]", clerkUser.username(), "t")),
                            rows(db, """
                                    SELECT version, body ->> 'memberNo', body ->> 'incidentDate',
                                           body -> 'invoices' -> 0 ->> 'number', violations::text, submitted_by,
                                           submitted_at = (SELECT submitted_at FROM claim WHERE id = ?)
                                    FROM claim_version WHERE claim_id = ?""", claimId, claimId));
                }
            }
            assertEquals(List.of(
                            List.of(clerkUser.username(), "SUBMIT", "", "SUBMITTED", "", "t"),
                            List.of("system:intake", "VALIDATE", "SUBMITTED", "VALIDATED", "", "t")),
                    auditTrail(db, claimNo));
        }

        // the entities read the rows back: the claim's page, and a review that updates it under its optimistic lock
        JsonObject stored = expect(200, reviewer.get("claims/" + claimNo)).json();
        assertEquals(1, stored.getInt("version"));
        assertEquals("2026-06-10", stored.getJsonObject("claim").getString("dischargeDate"));
        expect(200, reviewer.post("claims/" + claimNo + "/approve", "{\"reason\": \"资料齐全\"}"));
        assertEquals("APPROVED", expect(200, clerk.get("claims/" + claimNo)).json().getString("status"));
    }

    @Test
    void aRejectedClaimHoldsNoInvoiceAndItsAuditNamesTheRules() throws SQLException {
        String invoice = TestPeople.unique("ROW");
        // before the cover (V03), parts not adding up (V07)
        JsonObject answer = expect(201, clerk.post("claims", inpatientClaim(member, "2025-12-20", "2025-12-20",
                "2025-12-28", invoice, "1000.00", "600.00", "300.01", "100.00"))).json();
        String claimNo = answer.getString("claimNo");
        assertEquals("REJECTED", answer.getString("status"));
        try (Connection db = DatabaseFixtures.openTestDatabase()) {
            assertEquals(List.of(List.of("REJECTED", "", "f")), rows(db, """
                    SELECT c.status, coalesce(c.enrollment_id::text, ''), i.in_use
                    FROM claim c JOIN claim_invoice i ON i.claim_id = c.id WHERE c.claim_no = ?""", claimNo));
            assertEquals(List.of(List.of("t")), rows(db, """
                    SELECT violations @> '[{"code": "V03"}, {"code": "V07"}]'
                    FROM claim_version v JOIN claim c ON c.id = v.claim_id WHERE c.claim_no = ?""", claimNo));
            assertEquals(List.of("SUBMITTED", "REJECTED", "V03,V07"), auditTrail(db, claimNo).get(1).subList(2, 5));
        }
        // free for the corrected claim, which the entities store over the same rows
        JsonObject corrected = expect(200, clerk.put("claims/" + claimNo, inpatientClaim(member, "2026-06-01",
                "2026-06-03", "2026-06-10", invoice, "1000.00", "600.00", "300.00", "100.00"))).json();
        assertEquals("VALIDATED", corrected.getString("status"), corrected::toString);
    }

    /**
     * Another transaction holds the invoice number, not yet committed, so the rules cannot see it: the claim passes them,
     * its invoice row waits on the unique index, and is refused once the other commits. Its transaction must leave no
     * row behind (the claim, its version and audit rows went in before the invoice), so that it can be recorded once
     * more under the same claim number, now REJECTED with V08.
     */
    @Test
    void aClaimTheDatabaseRefusesHalfWayLeavesNoRowAndIsRecordedOnceMore() throws Exception {
        String invoice = TestPeople.unique("HELD");
        String holderNo = expect(201, clerk.post("claims", inpatientClaim(member, "2026-03-01", "2026-03-02",
                "2026-03-05", TestPeople.unique("INV"), "500.00", "100.00", "400.00", "0.00"))).json().getString("claimNo");
        try (Connection holder = DatabaseFixtures.openTestDatabase();
             Connection db = DatabaseFixtures.openTestDatabase()) {
            holder.setAutoCommit(false);
            try (PreparedStatement hold = holder.prepareStatement("""
                    INSERT INTO claim_invoice (claim_id, position, number, total, fund_paid, policy_self_paid,
                                               out_of_policy, in_use)
                    SELECT id, 1, ?, 1.00, 0, 1.00, 0, true FROM claim WHERE claim_no = ?""")) {
                hold.setString(1, invoice);
                hold.setString(2, holderNo);
                assertEquals(1, hold.executeUpdate());
            }
            CompletableFuture<ApiClient.Answer> submission = CompletableFuture.supplyAsync(() -> clerk.post("claims",
                    inpatientClaim(member, "2026-06-01", "2026-06-03", "2026-06-10", invoice, "500.00", "100.00",
                            "400.00", "0.00")));
            awaitInvoiceInsertWaitingForALock(db);
            holder.commit();

            JsonObject answer = expect(201, submission.get(60, TimeUnit.SECONDS)).json();
            assertEquals("REJECTED", answer.getString("status"), answer::toString);
            assertTrue(codes(answer.getJsonArray("violations")).contains("V08"), answer::toString);
            String claimNo = answer.getString("claimNo");
            List<List<String>> claims = rows(db, "SELECT id FROM claim WHERE claim_no = ?", claimNo);
            assertEquals(1, claims.size(), "one claim under its number");
            long claimId = Long.parseLong(claims.get(0).get(0));
            assertEquals(List.of(List.of("1")), rows(db, "SELECT count(*) FROM claim_version WHERE claim_id = ?", claimId));
            assertEquals(List.of(List.of(invoice, "f")),
                    rows(db, "SELECT number, in_use FROM claim_invoice WHERE claim_id = ?", claimId));
            assertEquals(List.of("SUBMIT", "VALIDATE"), auditTrail(db, claimNo).stream().map(row -> row.get(1)).toList(),
                    "the refused attempt left no audit rows");
        }
    }

    private static void awaitInvoiceInsertWaitingForALock(Connection db) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (rows(db, """
                SELECT pid FROM pg_stat_activity
                WHERE wait_event_type = 'Lock' AND query LIKE 'INSERT INTO claim_invoice%'""").isEmpty()) {
            assertTrue(System.nanoTime() < deadline, "the claim's invoice never waited for the held number");
            Thread.sleep(50);
        }
    }

    /** actor, action, from, to, reason ("" for null), and whether it was recorded at the claim's submission. */
    private static List<List<String>> auditTrail(Connection db, String claimNo) throws SQLException {
        return rows(db, """
                SELECT a.actor, a.action, coalesce(a.from_status, ''), a.to_status, coalesce(a.reason, ''),
                       a.at = c.submitted_at
                FROM audit_log a JOIN claim c ON c.claim_no = a.entity_ref
                WHERE a.entity_type = 'CLAIM' AND a.entity_ref = ? ORDER BY a.id""", claimNo);
    }

    private static List<List<String>> rows(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            List<List<String>> rows = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    List<String> row = new ArrayList<>();
                    for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
                        Object value = rs.getObject(column);
                        row.add(value instanceof BigDecimal amount ? amount.toPlainString()
                                : value instanceof Boolean flag ? (flag ? "t" : "f") : String.valueOf(value));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }
}

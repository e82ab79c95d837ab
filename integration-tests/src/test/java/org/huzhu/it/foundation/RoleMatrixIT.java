package org.huzhu.it.foundation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.huzhu.it.settlement.SettlementFixtures;
import org.huzhu.it.support.AgainstTheServer;
import org.huzhu.it.support.ApiAccess;
import org.huzhu.it.support.ApiClient;
import org.huzhu.it.support.DatabaseFixtures;
import org.huzhu.it.support.Fixtures;
import org.huzhu.it.support.TestPeople;
import org.huzhu.it.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint of {@code docs/api-roles.md} (which {@link ApiRolesDocumentTest} holds to SPEC.md §11 and the code),
 * called on the real server anonymously and as each role: a caller the row does not name gets 403, anonymous 401, a
 * caller it names neither (nor a 5xx); and member B asking for member A's claim, member record, document and letter
 * gets the 404 of something that does not exist. Callers it names are sent a request that is malformed or names
 * nothing, so that the matrix proves who gets past the door without starting a job or changing a record.
 */
class RoleMatrixIT extends AgainstTheServer {

    /** An id no job execution, payout, payment file, return file, payee change or API token has. */
    private static final String NO_SUCH_ID = "2147480000";
    private static final Set<String> MULTIPART = Set.of("/files", "/return-files", "/claims/{claimNo}/documents");


    /** Member A's claim, document and letter, and the accounts that call. */
    private record World(Map<String, ApiClient> callers, ApiClient otherMember, Map<String, String> parameters) {
    }

    @Test
    void everyEndpointAnswersEachCallerAsTheTableSays() throws Exception {
        World world = world();
        List<ApiAccess> rows = ApiAccess.documented(ApiAccess.projectRoot());
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (ApiAccess row : rows) {
            for (Map.Entry<String, ApiClient> caller : world.callers().entrySet()) {
                ApiClient.Answer answer = call(caller.getValue(), row, world.parameters());
                calls++;
                String expected = expected(row, caller.getKey());
                if (!answers(expected, answer.status())) {
                    wrong.add(row + " as " + caller.getKey() + ": expected " + expected + ", got " + answer);
                }
            }
        }
        assertTrue(calls >= 6 * 45, "only " + calls + " calls");
        assertEquals(List.of(), wrong);
    }

    @Test
    void anotherMemberFindsNothingOfAMembersOwn() throws Exception {
        World world = world();
        List<ApiAccess> ownOnly = ApiAccess.documented(ApiAccess.projectRoot()).stream().filter(ApiAccess::ownOnly).toList();
        assertEquals(4, ownOnly.size(), "member record, claim, document and letter: " + ownOnly);
        for (ApiAccess row : ownOnly) {
            ApiClient.Answer own = call(world.callers().get("member"), row, world.parameters());
            assertEquals(200, own.status(), () -> row + " as its member: " + own);
            ApiClient.Answer someoneElses = call(world.otherMember(), row, world.parameters());
            Map<String, String> nothing = new LinkedHashMap<>(world.parameters());
            nothing.putAll(Map.of("{memberNo}", "M99999999", "{claimNo}", "HZ2001999999", "{letterNo}", "L20019999999",
                    "{documentId}", NO_SUCH_ID));
            ApiClient.Answer noSuchThing = call(world.callers().get("clerk"), row, nothing);
            assertEquals(404, someoneElses.status(), () -> row + " as another member: " + someoneElses);
            assertTrue(someoneElses.contentType().startsWith("application/problem+json"), someoneElses::toString);
            assertEquals(404, noSuchThing.status(), () -> row + " that does not exist: " + noSuchThing);
        }
    }

    /** What the table promises this caller: {@code 401}, {@code 403}, {@code 200} or {@code passes} (not 401/403/5xx). */
    private static String expected(ApiAccess row, String caller) {
        if (row.anyone()) {
            return "passes";
        }
        if (caller.equals("anonymous")) {
            return "401";
        }
        if (!row.roles().contains(caller)) {
            return "403";
        }
        return row.method().equals("GET") && (row.ownOnly() || row.path().startsWith("/me")) ? "200" : "passes";
    }

    private static boolean answers(String expected, int status) {
        return expected.equals("passes") ? status != 401 && status != 403 && status < 500
                : Integer.parseInt(expected) == status;
    }

    /** The row's request: GET as it is; a write with a body that names nothing or is malformed. */
    private static ApiClient.Answer call(ApiClient api, ApiAccess row, Map<String, String> parameters) {
        String path = row.path();
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            path = path.replace(parameter.getKey(), parameter.getValue());
        }
        path = path.substring(1) + (row.query() == null ? "" : "?" + row.query());
        HttpRequest.Builder request = api.request(path).setHeader("Accept", "*/*");
        if (row.method().equals("GET")) {
            return api.send(request.GET());
        }
        boolean multipart = MULTIPART.contains(row.path());
        request.header("Content-Type", multipart ? "multipart/form-data; boundary=matrix" : "application/json");
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.ofString(multipart ? "--matrix--\r\n" : "{",
                StandardCharsets.UTF_8);
        return api.send(request.method(row.method(), body));
    }

    /** Staff of each role, members A and B signing in, and A's claim, document and letter. */
    private World world() throws SQLException {
        ApiClient api = ApiClient.anonymous(base);
        TestUsers.Credentials clerk = TestUsers.create(api, "clerk");
        Map<String, ApiClient> callers = new LinkedHashMap<>();
        callers.put("anonymous", api);
        callers.put("clerk", api.as(clerk));
        for (String role : List.of("reviewer", "finance", "admin")) {
            callers.put(role, api.as(TestUsers.create(api, role)));
        }
        Fixtures clerkFixtures = new Fixtures(callers.get("clerk"));
        String unit = clerkFixtures.unit();
        Fixtures.Registered memberA = clerkFixtures.registered(unit, "角色矩阵甲", true);
        ApiClient memberB = api.as(clerkFixtures.registered(unit, "角色矩阵乙", false).signedIn(api));
        callers.put("member", api.as(memberA.signedIn(api)));
        String memberNo = memberA.memberNo();
        try (SettlementFixtures database = new SettlementFixtures()) {
            long memberId = Long.parseLong(database.text("SELECT id FROM member WHERE member_no = ?", memberNo));
            String claimNo = claimOf(callers.get("clerk"), memberNo);
            Map<String, String> parameters = new LinkedHashMap<>();
            parameters.put("{memberNo}", memberNo);
            parameters.put("{claimNo}", claimNo);
            parameters.put("{documentId}", Long.toString(document(database, claimNo)));
            parameters.put("{letterNo}", letter(database, memberId));
            parameters.put("{id}", NO_SUCH_ID);
            parameters.put("{executionId}", NO_SUCH_ID);
            parameters.put("{unitCode}", "NO-SUCH-UNIT");
            parameters.put("{username}", "no-such-account");
            parameters.put("{year}", "2003");  // a year no test sets a budget for: the PUT's body is refused first
            return new World(callers, memberB, parameters);
        }
    }

    /** A claim the clerk enters for the member: stored (REJECTED, as the member is in no plan), never settled. */
    private static String claimOf(ApiClient clerk, String memberNo) {
        LocalDate admitted = LocalDate.now().minusDays(20);
        ApiClient.Answer answer = clerk.post("claims", """
                {"memberNo": "%s", "planCode": "INPATIENT", "cause": "ILLNESS", "incidentDate": "%s",
                 "admissionDate": "%s", "dischargeDate": "%s", "hospital": "县人民医院", "diagnosisCode": "J18.9",
                 "invoices": [{"number": "%s", "total": "1000.00", "fundPaid": "600.00", "policySelfPaid": "300.00",
                               "outOfPolicy": "100.00"}],
                 "documents": ["ID_COPY"], "complexity": "SIMPLE"}"""
                .formatted(memberNo, admitted, admitted, admitted.plusDays(5), TestPeople.unique("INV")));
        assertEquals(201, answer.status(), answer::toString);
        return answer.json().getString("claimNo");
    }

    private static long document(DatabaseFixtures database, String claimNo) throws SQLException {
        try (PreparedStatement insert = database.connection().prepareStatement("""
                INSERT INTO claim_document (claim_id, code, file_name, content_type, size_bytes, sha256, content, uploaded_by)
                SELECT id, 'ID_COPY', 'id.pdf', 'application/pdf', 9, repeat('0', 64), '%PDF-1.7'::bytea, 'role-matrix'
                FROM claim WHERE claim_no = ? RETURNING id""")) {
            insert.setString(1, claimNo);
            return DatabaseFixtures.single(insert);
        }
    }

    /**
     * A letter of the member, on a grant payout of a run of its own in 2002, a year no grant run of the tests
     * decides; the PDF is a stand-in, as only who may fetch it is tried here.
     */
    private static String letter(DatabaseFixtures database, long memberId) throws SQLException {
        String letterNo = "L2002" + String.format("%07d", memberId % 10_000_000);
        String grantNo = "G2002" + String.format("%06d", memberId % 1_000_000);
        try (PreparedStatement run = database.connection().prepareStatement("""
                INSERT INTO grant_run (year, budget, run_date, job_instance_id, job_execution_id, candidates,
                                       grant_count, grant_total, condolence_count, condolence_total)
                VALUES (2002, 0, DATE '2002-12-01', ?, 0, 0, 0, 0, 0, 0) RETURNING id""");
             PreparedStatement grant = database.connection().prepareStatement("""
                INSERT INTO hardship_grant (grant_no, grant_run_id, member_id, year, kind, burden, unscaled_amount, amount)
                VALUES (?, ?, ?, 2002, 'GRANT', 0, 500, 500) RETURNING id""");
             PreparedStatement payout = database.connection().prepareStatement("""
                INSERT INTO payout (kind, grant_id, member_id, payable, breakdown, settlement_run, job_execution_id, settled_on)
                VALUES ('GRANT', ?, ?, 500, '{}', ?, 0, DATE '2002-12-01') RETURNING id""");
             PreparedStatement letter = database.connection().prepareStatement("""
                INSERT INTO letter (letter_no, kind, subject_no, payout_id, member_id, pdf, sha256, code_hash)
                VALUES (?, 'GRANT', ?, ?, ?, '%PDF-1.7'::bytea, repeat('0', 64), sha256(?::bytea))""")) {
            long instance = -2_000_000_000L - memberId;
            run.setLong(1, instance);
            grant.setString(1, grantNo);
            grant.setLong(2, DatabaseFixtures.single(run));
            grant.setLong(3, memberId);
            payout.setLong(1, DatabaseFixtures.single(grant));
            payout.setLong(2, memberId);
            payout.setLong(3, instance);
            letter.setString(1, letterNo);
            letter.setString(2, grantNo);
            letter.setLong(3, DatabaseFixtures.single(payout));
            letter.setLong(4, memberId);
            letter.setString(5, letterNo);
            letter.executeUpdate();
        }
        return letterNo;
    }

}

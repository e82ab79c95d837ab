package org.huzhu.it.foureyes;

import static java.time.LocalDate.of;
import static org.huzhu.it.support.Fixtures.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
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
 * A roster never moves a member out of another unit and never changes the payee of a member with money on its way
 * (issue 13): the first is a rejected row ({@code UNIT_MOVE}) and a move for a reviewer to confirm, the second a
 * pending payee change; once the move is confirmed, the same roster goes through.
 */
class RosterFourEyesIT extends AgainstTheServer {

    private static final LocalDate BORN = of(1985, 6, 15);


    private ApiClient clerk;
    private ApiClient reviewer;
    private SettlementFixtures database;

    /** A member registered through the API, with the resident ID a roster finds them by. */
    private record Registered(String memberNo, String idNumber, String card) {
    }

    @BeforeEach
    void staff() throws SQLException {
        ApiClient api = ApiClient.anonymous(base);
        clerk = api.as(TestUsers.create(api, "clerk"));
        reviewer = api.as(TestUsers.create(api, "reviewer"));
        database = new SettlementFixtures();
    }

    @AfterEach
    void closeDatabase() throws SQLException {
        database.close();
    }

    @Test
    void aRosterForANewUnitNeitherMovesAMemberOfAnotherUnitNorChangesAPayeeWithMoneyOnItsWay() throws Exception {
        Fixtures fixtures = new Fixtures(clerk);
        String otherUnit = fixtures.unit();
        String newUnit = fixtures.unit();
        Registered elsewhere = register(otherUnit, "王调入");
        Registered awaitingMoney = register(newUnit, "李待付");
        approvedClaimOf(awaitingMoney, "李待付");
        String elsewhereCard = TestPeople.bankCard();
        String awaitingCard = TestPeople.bankCard();
        String newcomer = TestPeople.residentId(BORN, false);
        byte[] roster = String.join("\n", List.of("name,idNumber,bankCard,bankName",
                "王调入," + elsewhere.idNumber() + "," + elsewhereCard + ",中国建设银行",
                "李待付," + awaitingMoney.idNumber() + "," + awaitingCard + ",中国建设银行",
                "赵新人," + newcomer + "," + TestPeople.bankCard() + ",中国建设银行")).getBytes(StandardCharsets.UTF_8);
        long fileId = expect(201, clerk.send(upload(roster))).json().getJsonNumber("fileId").longValue();
        Jobs imports = new Jobs(clerk, Jobs.ENROLLMENT_IMPORT);
        String parameters = "{\"unitCode\": \"%s\", \"fileId\": %d}".formatted(newUnit, fileId);

        JsonObject first = imports.run(parameters);
        assertEquals("COMPLETED", first.getString("status"), first::toString);
        assertEquals(1, Jobs.metric(first, "import-roster", "processSkipCount"));
        assertEquals(2, Jobs.metric(first, "import-roster", "writeCount"));
        assertEquals(List.of(otherUnit, elsewhere.card()), onRecord(elsewhere), "neither moved nor paid elsewhere");
        assertEquals(List.of(newUnit, awaitingMoney.card()), onRecord(awaitingMoney), "keeps the confirmed payee");
        assertEquals(1, database.count("SELECT count(*) FROM member WHERE id_number = ?", newcomer));
        String rejects = new String(expect(200, clerk.send(clerk.request("imports/" + first.getJsonNumber("executionId")
                + "/rejects.csv").setHeader("Accept", "*/*").GET())).body(), StandardCharsets.UTF_8);
        assertTrue(rejects.contains("UNIT_MOVE") && rejects.contains(otherUnit), rejects);

        List<JsonObject> pending = expect(200, reviewer.get("payee-changes?status=PENDING")).json().getJsonArray("items")
                .stream().map(v -> v.asJsonObject()).toList();
        JsonObject move = pending.stream().filter(c -> c.getString("memberNo").equals(elsewhere.memberNo()))
                .findFirst().orElseThrow();
        assertEquals(List.of("UNIT", otherUnit, newUnit, "ROSTER"), List.of(move.getString("kind"),
                move.getString("current"), move.getString("requested"), move.getString("source")));
        JsonObject payee = pending.stream().filter(c -> c.getString("memberNo").equals(awaitingMoney.memberNo()))
                .findFirst().orElseThrow();
        assertEquals("PAYEE", payee.getString("kind"));
        assertEquals("李待付 **** " + awaitingCard.substring(awaitingCard.length() - 4) + " 中国建设银行",
                payee.getString("requested"));

        expect(200, reviewer.post("payee-changes/" + move.getJsonNumber("id") + "/confirm", "{\"reason\": \"调动函已核\"}"));
        assertEquals(newUnit, onRecord(elsewhere).get(0), "moved once a reviewer confirmed it");
        assertEquals(1, database.count("""
                SELECT count(*) FROM audit_log WHERE entity_type = 'MEMBER' AND entity_ref = ? AND action = 'UNIT_MOVE'
                AND reason LIKE ?""", elsewhere.memberNo(), otherUnit + " → " + newUnit + "%"));

        JsonObject again = imports.run(parameters);
        assertEquals(0, Jobs.metric(again, "import-roster", "processSkipCount"), again::toString);
        assertEquals(List.of(newUnit, elsewhereCard), onRecord(elsewhere),
                "in the unit now, with nothing on its way: the roster's card at once");
        assertEquals(awaitingMoney.card(), onRecord(awaitingMoney).get(1), "still waiting for a second person");
        assertEquals(1, database.count("SELECT count(*) FROM payee_change c JOIN member m ON m.id = c.member_id "
                + "WHERE m.member_no = ? AND c.status = 'PENDING'", awaitingMoney.memberNo()), "asked once");
    }

    private Registered register(String unit, String name) {
        String id = TestPeople.residentId(BORN, false);
        String card = TestPeople.bankCard();
        String memberNo = expect(201, clerk.post("members", """
                {"unitCode": "%s", "name": "%s", "idNumber": "%s", "phone": "13800138000",
                 "bankCard": "%s", "bankName": "中国工商银行", "category": "EMPLOYEE"}"""
                .formatted(unit, name, id, card))).json().getString("memberNo");
        return new Registered(memberNo, id, card);
    }

    private void approvedClaimOf(Registered registered, String name) throws SQLException {
        DatabaseFixtures.Member member = new DatabaseFixtures.Member(
                database.count("SELECT id FROM member WHERE member_no = ?", registered.memberNo()),
                registered.memberNo(), name, registered.card(), "中国工商银行");
        database.stay(database.enrol(member, "ALLOWANCE", 1, of(2026, 1, 1), false), of(2026, 3, 1), of(2026, 3, 16),
                "300.00");
    }

    /** The member's unit code and card as the database holds them. */
    private List<String> onRecord(Registered member) throws SQLException {
        return List.of(database.text("SELECT u.code FROM member m JOIN unit u ON u.id = m.unit_id WHERE m.member_no = ?",
                member.memberNo()), database.text("SELECT bank_card FROM member WHERE member_no = ?", member.memberNo()));
    }

    private HttpRequest.Builder upload(byte[] roster) {
        String boundary = "huzhu" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"名单.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(roster);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return clerk.request("files").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }
}

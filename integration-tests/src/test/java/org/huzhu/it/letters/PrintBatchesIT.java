package org.huzhu.it.letters;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.huzhu.it.settlement.SettlementFixtures;
import org.huzhu.it.support.AgainstTheServer;
import org.huzhu.it.support.ApiClient;
import org.huzhu.it.support.DatabaseFixtures.Enrolment;
import org.huzhu.it.support.DatabaseFixtures.Member;
import org.huzhu.it.support.Jobs;
import org.huzhu.it.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * Print batches of a settlement run (SPEC.md §12): a run that letters members of two units has one batch per unit
 * with its count, and a unit's PDF is a cover, then exactly that unit's letters in member order.
 */
class PrintBatchesIT extends AgainstTheServer {

    @Test
    void aRunsLettersComeAsOneBatchPerUnitInMemberOrder() throws Exception {
        ApiClient api = ApiClient.anonymous(base);
        ApiClient finance = api.as(TestUsers.create(api, "finance"));
        ApiClient clerk = api.as(TestUsers.create(api, "clerk"));
        Jobs jobs = new Jobs(finance);
        long earlierRun = jobs.run("{}").getJsonNumber("executionId").longValue();  // what others left APPROVED
        try (SettlementFixtures fixtures = new SettlementFixtures()) {
            // Unit A: three members, the second with two claims; unit B: one member.
            Member first = fixtures.member("赵小一", "MALE");
            Member second = fixtures.member("钱小二", "FEMALE");
            Member third = fixtures.member("孙小三", "MALE");
            Member other = fixtures.member("李小四", "FEMALE");
            String unitA = moveIntoUnitOf(fixtures, first, second, third);
            String unitB = unitCode(fixtures, other);
            for (Member member : List.of(third, first, other)) {
                stays(fixtures, member, 3);
            }
            stays(fixtures, second, 3, 6);

            JsonObject execution = jobs.run("{\"runDate\": \"2026-11-20\"}");
            long executionId = execution.getJsonNumber("executionId").longValue();
            long run = execution.getJsonNumber("run").longValue();

            ApiClient.Answer units = finance.get(batches(executionId));
            assertEquals(200, units.status(), units::toString);
            assertEquals(Map.of(unitA, 4, unitB, 1), counts(units), units::toString);

            List<String> lettersOfA = lettersInMemberOrder(fixtures, run, unitA);
            List<String> lettersOfB = lettersInMemberOrder(fixtures, run, unitB);
            ApiClient.Answer batch = pdf(finance, executionId, unitA);
            assertEquals(200, batch.status(), batch::toString);
            assertTrue(batch.contentType().startsWith("application/pdf"), batch.contentType());
            Path file = PdfTools.save("print-batch-" + unitA + ".pdf", batch.body());
            assertEquals(1 + lettersOfA.size(), pages(file), "a cover page, then each letter's one page");

            // pdftotext breaks lines and drops spaces between Chinese and digits as it likes: compared without them
            String cover = pageText(file, 1).replaceAll("\\s+", "");
            assertTrue(cover.contains(unitA) && cover.contains("通知书份数4份"), cover);
            assertTrue(cover.contains("赵*一") && cover.contains("钱*二") && cover.contains("孙*三"), cover);
            assertFalse(cover.contains("赵小一"), "the cover masks names: " + cover);
            assertTrue(cover.contains("并非经电子签章的通知书本身"), cover);
            for (int i = 0; i < lettersOfA.size(); i++) {
                String page = pageText(file, 2 + i);
                assertTrue(page.contains(lettersOfA.get(i)), "page " + (2 + i) + " is " + lettersOfA.get(i) + ": " + page);
            }
            String everything = PdfTools.run("pdftotext", "-enc", "UTF-8", file.toString(), "-");
            assertFalse(everything.contains(lettersOfB.getFirst()), "no letter of unit B in unit A's batch");

            assertEquals(403, clerk.get(batches(executionId)).status());
            assertEquals(403, pdf(clerk, executionId, unitA).status());
            assertEquals(404, pdf(finance, executionId, "NO-SUCH-UNIT").status());
            assertEquals(404, pdf(finance, earlierRun, unitB).status(), "unit B had no letter in the earlier run");
        }
    }

    private static String batches(long executionId) {
        return "jobs/executions/" + executionId + "/print-batches";
    }

    private static ApiClient.Answer pdf(ApiClient caller, long executionId, String unitCode) {
        return caller.send(caller.request(batches(executionId) + "/" + unitCode + ".pdf")
                .setHeader("Accept", "application/pdf").GET());
    }

    private static Map<String, Integer> counts(ApiClient.Answer units) {
        try (JsonReader reader = Json.createReader(new StringReader(units.text()))) {
            JsonArray array = reader.readArray();
            return array.getValuesAs(JsonObject.class).stream().collect(Collectors.toMap(
                    unit -> unit.getString("unitCode"), unit -> unit.getInt("letters")));
        }
    }

    /** ALLOWANCE cover for 2026 and a 15-day stay beginning on the first of each month given. */
    private static void stays(SettlementFixtures fixtures, Member member, int... months) throws SQLException {
        Enrolment allowance = fixtures.enrol(member, "ALLOWANCE", 1, of(2026, 1, 1), false);
        for (int month : months) {
            fixtures.stay(allowance, of(2026, month, 1), of(2026, month, 16), "300.00");
        }
    }

    /** The fixtures give each member a unit of their own: the others join the first's. */
    private static String moveIntoUnitOf(SettlementFixtures fixtures, Member first, Member... others)
            throws SQLException {
        try (PreparedStatement move = fixtures.connection().prepareStatement(
                "UPDATE member SET unit_id = (SELECT unit_id FROM member WHERE id = ?) WHERE id = ?")) {
            for (Member member : others) {
                move.setLong(1, first.id());
                move.setLong(2, member.id());
                move.executeUpdate();
            }
        }
        return unitCode(fixtures, first);
    }

    private static String unitCode(SettlementFixtures fixtures, Member member) throws SQLException {
        return fixtures.text("SELECT u.code FROM unit u JOIN member m ON m.unit_id = u.id WHERE m.id = ?", member.id());
    }

    /** The register's answer, independent of the server's query: by member number, a member's letters by number. */
    private static List<String> lettersInMemberOrder(SettlementFixtures fixtures, long run, String unitCode)
            throws SQLException {
        try (PreparedStatement select = fixtures.connection().prepareStatement("""
                SELECT l.letter_no FROM letter l
                JOIN payout p ON p.id = l.payout_id JOIN member m ON m.id = l.member_id JOIN unit u ON u.id = m.unit_id
                WHERE p.settlement_run = ? AND u.code = ? ORDER BY m.member_no, l.letter_no""")) {
            select.setLong(1, run);
            select.setString(2, unitCode);
            List<String> numbers = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    numbers.add(rs.getString(1));
                }
            }
            return numbers;
        }
    }

    private static int pages(Path pdf) {
        String info = PdfTools.run("pdfinfo", pdf.toString());
        return Integer.parseInt(info.replaceAll("(?s).*\\nPages:\\s+(\\d+).*", "$1"));
    }

    private static String pageText(Path pdf, int page) {
        return PdfTools.run("pdftotext", "-f", Integer.toString(page), "-l", Integer.toString(page), "-enc", "UTF-8",
                pdf.toString(), "-");
    }
}

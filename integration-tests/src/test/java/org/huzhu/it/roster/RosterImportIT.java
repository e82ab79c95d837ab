package org.huzhu.it.roster;

import static org.huzhu.it.support.Fixtures.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.huzhu.domain.model.member.roster.RosterRow;
import org.huzhu.infrastructure.roster.RosterReader;
import org.huzhu.it.support.AgainstTheServer;
import org.huzhu.it.support.ApiClient;
import org.huzhu.it.support.Fixtures;
import org.huzhu.it.support.Jobs;
import org.huzhu.it.support.TestPeople;
import org.huzhu.it.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * enrollment-import end to end, as a clerk does it: upload a generated roster of 10,000 rows of which exactly
 * 300 are bad in known ways, run the job, and check the members, enrolments and the rejects file row by row;
 * then import the same file again and see nothing made twice.
 */
class RosterImportIT extends AgainstTheServer {

    private static final int ROWS = 10_000;
    private static final String HEADER = "姓名,身份证号,手机号,银行卡号,开户行,人员类别,赠送保障,参保计划,份数,保障起始日,保障终止日,缴费方";


    /** The generated roster and what importing it must give. */
    private record Roster(byte[] csv, Map<Integer, String> rejectedCodes, int members, int enrolments) {
    }

    @Test
    void aRosterOfTenThousandRowsWithThreePercentBadRows() throws Exception {
        ApiClient api = ApiClient.anonymous(base);
        ApiClient clerk = api.as(TestUsers.create(api, "clerk"));
        String unit = new Fixtures(clerk).unit();
        Roster roster = roster();
        long fileId = upload(clerk, roster.csv());
        Jobs imports = new Jobs(clerk, Jobs.ENROLLMENT_IMPORT);

        Instant started = Instant.now();
        JsonObject first = imports.run("""
                {"unitCode": "%s", "fileId": %d}""".formatted(unit, fileId));
        Duration took = Duration.between(started, Instant.now());
        System.out.println("enrollment-import of " + ROWS + " rows took " + took.toMillis() + " ms");

        assertEquals(ROWS, Jobs.metric(first, "import-roster", "readCount"));
        assertEquals(300, Jobs.metric(first, "import-roster", "processSkipCount"));
        assertEquals(ROWS - 300, Jobs.metric(first, "import-roster", "writeCount"));
        JsonObject summary = expect(200, clerk.get("imports/" + first.getJsonNumber("executionId"))).json();
        assertEquals(List.of(roster.members(), 0, roster.enrolments(), 0, 300), counts(summary));
        assertEquals(List.of((long) roster.members(), (long) roster.enrolments(),
                        (long) roster.rejectedCodes().size()),
                database(unit));
        assertEquals(roster.rejectedCodes(), rejects(clerk, first.getJsonNumber("executionId").longValue(), "csv"));
        assertEquals(roster.rejectedCodes(), rejects(clerk, first.getJsonNumber("executionId").longValue(), "xlsx"));

        JsonObject again = imports.run("""
                {"unitCode": "%s", "fileId": %d}""".formatted(unit, fileId));
        JsonObject secondSummary = expect(200, clerk.get("imports/" + again.getJsonNumber("executionId"))).json();
        assertEquals(List.of(0, 0, 0, roster.enrolments(), 300), counts(secondSummary));
        assertEquals(List.of((long) roster.members(), (long) roster.enrolments(), 300L), database(unit));
    }

    @Test
    void uploadsAreLimitedTo20MegabytesAndClerksMayNotStartOtherJobs() {
        ApiClient api = ApiClient.anonymous(base);
        ApiClient clerk = api.as(TestUsers.create(api, "clerk"));

        ApiClient.Answer tooLarge = clerk.send(multipart(clerk, new byte[20 * 1024 * 1024 + 1]));

        assertEquals(413, tooLarge.status(), tooLarge::toString);
        assertEquals(403, clerk.post("jobs/" + Jobs.SETTLEMENT, "{}").status());
        assertEquals(400, clerk.post("jobs/" + Jobs.ENROLLMENT_IMPORT, "{\"unitCode\": \"X\"}").status());
    }

    /**
     * Valid rows are employees in INPATIENT, every tenth a new-form worker with free cover as well. The bad rows,
     * three in each hundred, cycle through ten faults with the codes they must be rejected with.
     */
    private static Roster roster() {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        Map<Integer, String> rejected = new LinkedHashMap<>();
        int enrolments = 0;
        String previousId = null;
        for (int i = 0; i < ROWS; i++) {
            int rowNumber = i + 2;
            boolean bad = i % 100 == 13 || i % 100 == 47 || i % 100 == 81;
            boolean female = i % 2 == 0;
            String id = TestPeople.residentId(LocalDate.of(1970 + i % 30, 1 + i % 12, 1 + i % 28), female);
            String[] cells = {"会员" + i, id, "13800138000", TestPeople.bankCard(), "中国工商银行", "职工", "否",
                    "INPATIENT", String.valueOf(1 + i % 3), "2026-01-01", "2026-12-31", "单位"};
            if (bad) {
                int fault = rejected.size() % 10;
                rejected.put(rowNumber, fault(fault, cells, previousId));
            } else if (i % 10 == 5) {
                cells[5] = "新就业形态";
                cells[6] = "是";
                enrolments += 3;
            } else {
                enrolments += 1;
            }
            if (!bad) {
                previousId = id;
            }
            csv.append(String.join(",", cells)).append('\n');
        }
        return new Roster(csv.toString().getBytes(StandardCharsets.UTF_8), rejected, ROWS - 300, enrolments);
    }

    /** Spoils the row's cells in one of ten ways; returns the rule codes it must be rejected with. */
    private static String fault(int fault, String[] cells, String previousId) {
        switch (fault) {
            case 0 -> cells[1] = cells[1].substring(0, 17) + (cells[1].charAt(17) == '0' ? '1' : '0');
            case 1 -> cells[3] = cells[3].substring(0, cells[3].length() - 1)
                    + (char) ((cells[3].charAt(cells[3].length() - 1) - '0' + 1) % 10 + '0');
            case 2 -> cells[2] = "1230000";
            case 3 -> {
                cells[1] = TestPeople.residentId(LocalDate.of(1980, 5, 5), false);
                cells[7] = "FEMALE";
            }
            case 4 -> cells[8] = "9";
            case 5 -> cells[1] = TestPeople.residentId(LocalDate.of(2015, 5, 5), true);
            case 6 -> cells[7] = "LIFE";
            case 7 -> cells[9] = "2026-02-30";
            case 8 -> {
                cells[1] = cells[1].substring(0, 16);
                cells[2] = "999";
                cells[8] = "4";
            }
            default -> {
                cells[1] = previousId;
                cells[9] = "2026-06-01";
                cells[10] = "2027-05-31";
            }
        }
        return List.of("V01", "V13", "MOBILE_PHONE", "E03", "E01", "E02", "PLAN", "COVERAGE", "V01 MOBILE_PHONE E01",
                "E04").get(fault);
    }

    private static List<Integer> counts(JsonObject summary) {
        return List.of(summary.getInt("membersCreated"), summary.getInt("membersUpdated"),
                summary.getInt("enrolmentsCreated"), summary.getInt("enrolmentsExisting"), summary.getInt("rejected"));
    }

    /** Row number → rule codes, as the rejects file lists them. */
    private static Map<Integer, String> rejects(ApiClient clerk, long executionId, String format) {
        // as a browser asks for a download: the API client's default Accept is JSON
        ApiClient.Answer file = expect(200, clerk.send(clerk.request("imports/" + executionId + "/rejects." + format)
                .setHeader("Accept", "*/*").GET()));
        Map<Integer, String> codes = new LinkedHashMap<>();
        try (RosterReader reader = RosterReader.open(file.body())) {
            List<String> header = reader.layout().header();
            int codesColumn = header.indexOf("错误代码 codes");
            for (RosterRow row = reader.next().orElse(null); row != null; row = reader.next().orElse(null)) {
                codes.put(Integer.parseInt(row.cell(0)), row.cell(codesColumn));
            }
        }
        return codes;
    }

    private static long upload(ApiClient clerk, byte[] roster) {
        return expect(201, clerk.send(multipart(clerk, roster))).json().getJsonNumber("fileId").longValue();
    }

    private static HttpRequest.Builder multipart(ApiClient clerk, byte[] content) {
        String boundary = "huzhu" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"名单.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return clerk.request("files").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    /** Members of the unit, their enrolments, and the rejected rows of all runs of the unit. */
    private static List<Long> database(String unit) throws SQLException {
        try (Connection connection = DriverManager.getConnection(System.getProperty("huzhu.test.db.url"),
                System.getProperty("huzhu.test.db.user"), System.getProperty("huzhu.test.db.password"))) {
            List<Long> counts = new ArrayList<>();
            for (String sql : List.of(
                    "SELECT count(*) FROM member m JOIN unit u ON u.id = m.unit_id WHERE u.code = ?",
                    "SELECT count(*) FROM enrollment e JOIN member m ON m.id = e.member_id JOIN unit u ON u.id = m.unit_id WHERE u.code = ?",
                    "SELECT count(*) FROM roster_reject r JOIN roster_import i ON i.run = r.run WHERE i.unit_code = ? "
                            + "AND i.run = (SELECT max(run) FROM roster_import WHERE unit_code = i.unit_code)")) {
                try (PreparedStatement select = connection.prepareStatement(sql)) {
                    select.setString(1, unit);
                    try (ResultSet rs = select.executeQuery()) {
                        rs.next();
                        counts.add(rs.getLong(1));
                    }
                }
            }
            return counts;
        }
    }
}

package org.huzhu.it.grants;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.huzhu.it.support.AgainstTheServer;
import org.huzhu.it.support.ApiClient;
import org.huzhu.it.support.Jobs;
import org.huzhu.it.support.RunLetters;
import org.huzhu.it.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The hardship-grant job on the real EAR, started through the API as finance starts it, on claims settled in a
 * past year put into PostgreSQL by {@link GrantFixtures}. Each test owns a year, so its candidates are its own.
 */
class HardshipGrantJobIT extends AgainstTheServer {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";


    private ApiClient api;
    private ApiClient finance;
    private Jobs jobs;
    private GrantFixtures fixtures;

    @BeforeEach
    void signIn() throws SQLException {
        api = ApiClient.anonymous(base);
        finance = api.as(TestUsers.create(api, "finance"));
        jobs = new Jobs(finance, "hardship-grant");
        fixtures = new GrantFixtures();
    }

    @AfterEach
    void closeFixtures() throws SQLException {
        fixtures.close();
    }

    @Test
    void theBudgetExampleOfSpecSection7IsApportionedAndARerunPaysOnlyTopUps() throws Exception {
        GrantFixtures.Member a = fixtures.member("甲");
        fixtures.inpatient(a, 2019, "55000.00", "5000.00", "10000.00");           // B 50,000 → 5,000
        GrantFixtures.Member b = fixtures.member("乙");
        fixtures.accidentMedical(b, 2019, "30000.00", "4000.00", "4000.00");      // B 30,000 → 3,000
        fixtures.settled(b, "ALLOWANCE", 2019, "900.00", "480.00");               // no burden
        GrantFixtures.Member c = fixtures.member("丙");
        fixtures.inpatient(c, 2019, "12000.00", "0.00", "2000.00");               // B exactly 10,000 → 1,000
        fixtures.inpatient(c, 2018, "50000.00", "0.00", "0.00");                  // another year: no burden of 2019
        GrantFixtures.Member d = fixtures.member("丁");
        fixtures.inpatient(d, 2019, "10999.99", "0.00", "1000.00");               // B 9,999.99: not eligible

        JsonObject first = jobs.run("""
                {"year": 2019, "budget": "6000.00", "runDate": "2020-01-15"}""");
        assertEquals(Map.of(a.memberNo(), "3333.00", b.memberNo(), "2000.00", c.memberNo(), "667.00"),
                amounts(grants(2019), "GRANT"));
        JsonObject file = first.getJsonArray("paymentFiles").getJsonObject(0);
        assertEquals(3, file.getInt("rowCount"));
        assertEquals("6000.00", file.getString("total"));
        String csv = finance.get("payment-files/" + file.getJsonNumber("id").longValue()).text();
        assertEquals(3, csv.lines().filter(line -> line.contains(",帮扶金,G2019")).count(), csv);
        assertTrue(csv.lines().anyMatch(line -> line.equals("合计,3,6000.00")), csv);
        assertEquals(3, fixtures.count("""
                SELECT count(*) FROM payment_row r JOIN payout p ON p.id = r.payout_id
                JOIN hardship_grant g ON g.id = p.grant_id WHERE g.year = 2019 AND r.purpose = '帮扶金'
                AND r.reference = g.grant_no AND r.amount = g.amount"""));
        assertEquals(3, fixtures.count("""
                SELECT count(*) FROM payout p JOIN hardship_grant g ON g.id = p.grant_id
                WHERE g.year = 2019 AND p.settled_on = DATE '2020-01-15'"""), "grants are paid on the run's date");

        assertEquals(List.of(a.memberNo()), memberNos(finance.get("grants/follow-ups?year=2019")));
        assertEquals(List.of(a.memberNo(), b.memberNo(), c.memberNo()),
                memberNos(finance.get("grants/file-candidates?year=2019")));

        // The same year again: each member gets what the budget held back, up to the year's grant, no more.
        jobs.run("""
                {"year": 2019, "budget": "6000.00", "runDate": "2020-02-15"}""");
        assertEquals(Map.of(a.memberNo(), "5000.00", b.memberNo(), "3000.00", c.memberNo(), "1000.00"),
                amounts(grants(2019), "GRANT"));
        assertEquals(6, grants(2019).size());
        JsonObject third = jobs.run("""
                {"year": 2019, "budget": "6000.00", "runDate": "2020-03-15"}""");
        assertEquals(6, grants(2019).size());
        assertEquals(0, third.getJsonArray("paymentFiles").getJsonObject(0).getInt("rowCount"));

        // The database itself refuses a second grant of a run and a second payout of a grant.
        assertThrows(SQLException.class, () -> fixtures.connection().createStatement().executeUpdate("""
                INSERT INTO hardship_grant (grant_no, grant_run_id, member_id, year, kind, burden, unscaled_amount, amount)
                SELECT 'G2019999999', grant_run_id, member_id, year, kind, burden, unscaled_amount, 1
                FROM hardship_grant WHERE year = 2019 AND kind = 'GRANT' ORDER BY id LIMIT 1"""));
        assertThrows(SQLException.class, () -> fixtures.connection().createStatement().executeUpdate("""
                INSERT INTO payout (kind, grant_id, member_id, payable, breakdown, settlement_run, job_execution_id,
                                    settled_on)
                SELECT 'GRANT', grant_id, member_id, payable, breakdown, settlement_run, job_execution_id, settled_on
                FROM payout WHERE kind = 'GRANT' ORDER BY id LIMIT 1"""));
    }

    @Test
    void hardshipFilesLowerTheBarAndCondolencesLieOutsideTheBudgetOnceAYear() throws Exception {
        GrantFixtures.Member relative = fixtures.member("戊");
        fixtures.hardshipFile(relative, "RELATIVE", of(2017, 6, 1), of(2018, 5, 31));
        fixtures.inpatient(relative, 2017, "2500.00", "0.00", "500.00");          // B exactly 2,000: 20% → min 500
        GrantFixtures.Member expired = fixtures.member("己");
        fixtures.hardshipFile(expired, "DEEP", of(2016, 1, 1), of(2017, 12, 31)); // ended before the run date
        fixtures.inpatient(expired, 2017, "2500.00", "0.00", "500.00");
        GrantFixtures.Member deep = fixtures.member("庚");
        fixtures.hardshipFile(deep, "DEEP", of(2017, 1, 1), of(2018, 12, 31));
        fixtures.inpatient(deep, 2017, "11000.00", "1000.00", "2000.00");         // B 10,000: 30% → 3,000
        GrantFixtures.Member noFile = fixtures.member("辛");
        fixtures.accidentMedical(noFile, 2017, "12000.00", "2000.00", "2000.00"); // B 12,000: 10% → 1,200
        GrantFixtures.Member critical = fixtures.member("壬");
        fixtures.settled(critical, "CRITICAL", 2017, "80000.00", "10000.00");     // condolence, no burden

        JsonObject first = jobs.run("""
                {"year": 2017, "budget": "4700.00", "runDate": "2018-01-10"}""");
        JsonArray granted = grants(2017);
        assertEquals(Map.of(relative.memberNo(), "500.00", deep.memberNo(), "3000.00", noFile.memberNo(), "1200.00"),
                amounts(granted, "GRANT"));
        assertEquals(Map.of(critical.memberNo(), "1000.00"), amounts(granted, "CONDOLENCE"));
        long run = first.getJsonNumber("run").longValue();
        new RunLetters(fixtures, run).assertOnePerPayout(4);
        assertEquals(1, fixtures.count("""
                SELECT count(*) FROM letter l JOIN payout p ON p.id = l.payout_id
                WHERE p.settlement_run = ? AND l.kind = 'CONDOLENCE'""", run), "the condolence has its letter too");
        JsonObject file = first.getJsonArray("paymentFiles").getJsonObject(0);
        assertEquals(4, file.getInt("rowCount"));
        assertEquals("5700.00", file.getString("total"));
        assertEquals(List.of(critical.memberNo()), memberNos(finance.get("grants/follow-ups?year=2017")));
        assertEquals(List.of(noFile.memberNo()), memberNos(finance.get("grants/file-candidates?year=2017")));

        JsonObject again = jobs.run("""
                {"year": 2017, "budget": "4700.00", "runDate": "2018-02-10"}""");
        assertEquals(4, grants(2017).size());
        assertEquals(0, again.getJsonArray("paymentFiles").getJsonObject(0).getInt("rowCount"));
        assertEquals(0, Jobs.metric(again, "letters", "writeCount"), "nothing granted, no letter");
        assertThrows(SQLException.class, () -> fixtures.connection().createStatement().executeUpdate("""
                INSERT INTO hardship_grant (grant_no, grant_run_id, member_id, year, kind, burden, unscaled_amount, amount)
                SELECT 'G2017999999', (SELECT max(id) FROM grant_run WHERE year = 2017), member_id, year, kind,
                       burden, unscaled_amount, amount
                FROM hardship_grant WHERE year = 2017 AND kind = 'CONDOLENCE'"""));
    }

    @Test
    void startingNeedsAYearAndABudgetInWholeYuanAndTheListsDownloadAsWorkbooks() throws Exception {
        assertEquals(400, finance.post("jobs/hardship-grant", """
                {"year": 2016, "budget": "6000.50"}""").status());
        assertEquals(400, finance.post("jobs/hardship-grant", """
                {"year": 2016, "budget": "六千"}""").status());
        assertEquals(400, finance.post("jobs/hardship-grant", """
                {"budget": "6000.00"}""").status());
        assertEquals(400, finance.get("grants?year=abc").status());
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
        ApiClient.Answer future = finance.post("jobs/hardship-grant", """
                {"year": 2016, "budget": "6000.00", "runDate": "%s"}""".formatted(tomorrow));
        assertEquals(400, future.status(), future::toString);
        assertTrue(future.json().getJsonArray("errors").toString().contains("\"runDate\""), future::toString);

        GrantFixtures.Member heavy = fixtures.member("癸");
        fixtures.inpatient(heavy, 2016, "70000.00", "0.00", "15000.00");          // B 55,000
        jobs.run("""
                {"year": 2016, "budget": "100000.00", "runDate": "2017-01-05"}""");

        ApiClient reviewer = api.as(TestUsers.create(api, "reviewer"));
        assertEquals(403, reviewer.get("grants?year=2016").status());
        assertEquals(403, api.as(TestUsers.create(api, "clerk")).get("grants/follow-ups?year=2016").status());
        assertEquals(List.of(heavy.memberNo()), memberNos(reviewer.get("grants/follow-ups?year=2016")));

        for (String list : List.of("follow-ups", "file-candidates")) {
            ApiClient.Answer xlsx = reviewer.send(reviewer.request("grants/" + list + "?year=2016&format=xlsx")
                    .setHeader("Accept", XLSX).GET());
            assertEquals(200, xlsx.status(), xlsx::toString);
            assertTrue(xlsx.contentType().startsWith(XLSX), xlsx.contentType());
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
                Sheet sheet = workbook.getSheetAt(0);
                Row header = sheet.getRow(0);
                assertEquals("会员编号", header.getCell(0).getStringCellValue());
                assertEquals("剩余负担（元）", header.getCell(3).getStringCellValue());
                Row row = sheet.getRow(1);
                assertEquals(heavy.memberNo(), row.getCell(0).getStringCellValue());
                assertEquals(CellType.NUMERIC, row.getCell(3).getCellType());
                assertEquals(55000.0, row.getCell(3).getNumericCellValue());
                assertEquals(1, sheet.getLastRowNum());
            }
        }
    }

    private JsonArray grants(int year) {
        ApiClient.Answer answer = finance.get("grants?year=" + year);
        assertEquals(200, answer.status(), answer::toString);
        return array(answer);
    }

    /** Per member, the sum of their grants of that kind, as a money string. */
    private static Map<String, String> amounts(JsonArray grants, String kind) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        grants.getValuesAs(JsonObject.class).stream().filter(grant -> grant.getString("kind").equals(kind))
                .forEach(grant -> sums.merge(grant.getString("memberNo"), new BigDecimal(grant.getString("amount")),
                        BigDecimal::add));
        return sums.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> entry.getValue().setScale(2).toPlainString()));
    }

    private static List<String> memberNos(ApiClient.Answer answer) {
        assertEquals(200, answer.status(), answer::toString);
        return array(answer).getValuesAs(JsonObject.class).stream().map(member -> member.getString("memberNo"))
                .toList();
    }

    private static JsonArray array(ApiClient.Answer answer) {
        try (var reader = Json.createReader(new StringReader(answer.text()))) {
            return reader.readArray();
        }
    }
}

package org.huzhu.it.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.huzhu.it.support.AgainstTheServer;
import org.huzhu.it.support.ApiClient;
import org.huzhu.it.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /reports/summary[.xlsx]} on the 2012 county of reports/fixture-2012.sql, for periods that cut
 * months, a year and the turn of the year, with rows just inside and outside each bound by the Beijing day.
 */
class ReportsIT extends AgainstTheServer {

    static final String SLICE = "reports/summary?from=2012-03-15&to=2012-04-14";
    static final String TURN_OF_THE_YEAR = "reports/summary?from=2012-12-01&to=2013-01-31";

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";


    private ApiClient finance;

    @BeforeEach
    void fixture() throws Exception {
        ApiClient anonymous = ApiClient.anonymous(base);
        finance = anonymous.as(TestUsers.create(anonymous, "finance"));
        ReportFixture.load(finance);
    }

    @Test
    void aPeriodAcrossTwoMonthsCountsWhatTookEffectInsideItByTheBeijingDay() throws Exception {
        JsonObject summary = json(SLICE);
        assertEquals("2012-03-15", summary.getString("from"));
        assertEquals(3, summary.getInt("enrolmentYears"), "甲, 乙, and 丙 in two plans");
        assertEquals(4, summary.getInt("enrolments"), "coverage starting 03-15, 04-01 (two, free), 04-14");
        assertEquals("90.00", summary.getString("contributions"), "60 + 30, free cover not raised");
        assertTally(1, 2, "50.00", summary, "freeCover");
        assertTally(1, 2, "1500.50", summary, "claimsPaid");
        assertEquals(Map.of("INPATIENT", "1 1 1200.50", "ACCIDENT", "1 1 300.00", "ALLOWANCE", "0 0 0.00",
                "CRITICAL", "0 0 0.00", "FEMALE", "0 0 0.00"), byPlan(summary));
        assertTally(0, 0, "0.00", summary, "grants");
        assertTally(0, 0, "0.00", summary, "condolences");
        assertEquals(Map.of("PAID", 2, "SETTLED", 1, "SUBMITTED", 1, "REJECTED", 1), statuses(summary));
        assertEquals(1, summary.getInt("overdueClaims"));
        assertEquals(Map.of("2012-03 INPATIENT", "1200.50", "2012-04 ACCIDENT", "300.00"), paidMonths(summary));
        assertEquals(2 * 5, summary.getJsonArray("monthlyPayouts").size(), "every month and plan, zero or not");
        assertReconciles(summary);
    }

    @Test
    void theWholeYearCountsEveryDayOfIt() throws Exception {
        JsonObject summary = json("reports/summary?from=2012-01-01&to=2012-12-31");
        assertEquals(4, summary.getInt("enrolmentYears"));
        assertEquals(7, summary.getInt("enrolments"));
        assertEquals("160.00", summary.getString("contributions"));
        assertTally(2, 3, "80.00", summary, "freeCover");
        assertTally(3, 6, "12850.75", summary, "claimsPaid");
        assertEquals(Map.of("INPATIENT", "3 4 2550.75", "ACCIDENT", "1 1 300.00", "ALLOWANCE", "0 0 0.00",
                "CRITICAL", "1 1 10000.00", "FEMALE", "0 0 0.00"), byPlan(summary));
        assertTally(0, 0, "0.00", summary, "grants");  // the grants of 2012 are decided in 2013
        assertTally(0, 0, "0.00", summary, "condolences");
        assertEquals(Map.of("PAID", 6, "SETTLED", 2, "SUBMITTED", 2, "VALIDATED", 1, "REJECTED", 1), statuses(summary));
        assertEquals(3, summary.getInt("overdueClaims"));
        assertEquals(Map.of("2012-03 INPATIENT", "1300.50", "2012-04 INPATIENT", "800.00", "2012-04 ACCIDENT", "300.00",
                "2012-06 CRITICAL", "10000.00", "2012-12 INPATIENT", "450.25"), paidMonths(summary));
        assertEquals(12 * 5, summary.getJsonArray("monthlyPayouts").size());
        assertReconciles(summary);
    }

    @Test
    void aMemberWhoseCoverStartsInTwoYearsIsEnrolledTwice() throws Exception {
        JsonObject summary = json("reports/summary?from=2011-12-31&to=2012-12-31");
        assertEquals(5, summary.getInt("enrolmentYears"), "丁 in 2011 (ALLOWANCE) and in 2012 (INPATIENT)");
        assertEquals(8, summary.getInt("enrolments"));
        assertEquals("220.00", summary.getString("contributions"));
        assertReconciles(summary);
    }

    @Test
    void aPeriodAcrossTheTurnOfTheYearTakesEachSide() throws Exception {
        JsonObject summary = json(TURN_OF_THE_YEAR);
        assertEquals(2, summary.getInt("enrolmentYears"), "丁 in 2012, 乙 in 2013");
        assertEquals(2, summary.getInt("enrolments"));
        assertEquals("60.00", summary.getString("contributions"));
        assertTally(1, 1, "30.00", summary, "freeCover");
        assertTally(2, 2, "549.25", summary, "claimsPaid");
        assertTally(3, 3, "6000.00", summary, "grants");  // the run of 2013-01-10, within its budget
        assertTally(1, 1, "1000.00", summary, "condolences");
        assertEquals(Map.of("PAID", 1), statuses(summary));
        assertEquals(0, summary.getInt("overdueClaims"));
        assertEquals(Map.of("2012-12 INPATIENT", "450.25", "2013-01 INPATIENT", "99.00"), paidMonths(summary));
        assertReconciles(summary);
    }

    @Test
    void grantsAndCondolencesBelongToTheDayOfTheirRun() throws Exception {
        Map<String, List<String>> decided = new LinkedHashMap<>();
        ApiClient.Answer grants = finance.get("grants?year=2012");
        assertEquals(200, grants.status(), grants::toString);
        Json.createReader(new StringReader(grants.text())).readArray().getValuesAs(JsonObject.class).forEach(grant -> decided
                .computeIfAbsent(grant.getString("kind"), kind -> new ArrayList<>()).add(grant.getString("amount")));
        decided.values().forEach(amounts -> amounts.sort(Comparator.comparing(BigDecimal::new)));
        assertEquals(Map.of("GRANT", List.of("72.00", "214.00", "428.00", "714.00", "1286.00", "4286.00"),
                "CONDOLENCE", List.of("1000.00")), decided, "the job decided what ReportFixture works out");

        JsonObject firstRunDay = json("reports/summary?from=2013-01-10&to=2013-01-10");
        assertTally(3, 3, "6000.00", firstRunDay, "grants");
        assertTally(1, 1, "1000.00", firstRunDay, "condolences");
        assertReconciles(firstRunDay);

        JsonObject afterIt = json("reports/summary?from=2013-01-11&to=2013-03-20");
        assertTally(3, 3, "1000.00", afterIt, "grants");  // the top-ups of 2013-03-20
        assertTally(0, 0, "0.00", afterIt, "condolences");
        assertReconciles(afterIt);

        JsonObject year = json("reports/summary?from=2013-01-01&to=2013-12-31");
        assertTally(3, 6, "7000.00", year, "grants");  // three members, each helped twice
        assertTally(1, 1, "1000.00", year, "condolences");
        assertReconciles(year);

        JsonObject later = json("reports/summary?from=2013-03-21&to=2013-12-31");
        assertTally(0, 0, "0.00", later, "grants");
        assertReconciles(later);
    }

    @Test
    void aBadPeriodIsRefusedAndOnlyFinanceMaySeeTheFigures() {
        for (String query : List.of("summary?from=2012-04-15&to=2012-04-14", "summary?from=2012-02-30&to=2012-03-01",
                "summary?from=2012-01-01", "summary.xlsx?from=2012-12-31&to=2012-01-01", "summary?from=20120101&to=2012-12-31")) {
            // */* as a browser's download link sends: the workbook's 400 is a problem document, not a workbook
            ApiClient.Answer answer = finance.send(finance.request("reports/" + query).setHeader("Accept", "*/*").GET());
            assertEquals(400, answer.status(), query);
            assertTrue(answer.contentType().startsWith("application/problem+json"), query);
        }
        ApiClient anonymous = ApiClient.anonymous(base);
        assertEquals(403, anonymous.as(TestUsers.create(anonymous, "clerk")).get(SLICE).status());
        assertEquals(401, anonymous.get(SLICE).status());
    }

    @Test
    void theWorkbookHoldsTheApiFiguresAsNumbers() throws Exception {
        try (XSSFWorkbook workbook = workbook("2012-03-15", "2012-04-14")) {
            Sheet figures = workbook.getSheet("汇总");
            assertEquals(3.0, value(figures, "参保人次"));
            assertEquals(4.0, value(figures, "参保笔数（按保障计划）"));
            assertEquals(90.0, value(figures, "筹集保障金（元）"));
            assertEquals(1500.5, value(figures, "支付金额（元）"), "over all plans, the first of the rows");

            Sheet monthly = workbook.getSheet("月度支付");
            assertEquals(List.of("月份", "住院医疗互助保障（元）", "住院津贴互助保障（元）", "重大疾病互助保障（元）",
                    "女职工特殊疾病互助保障（元）", "意外伤害互助保障（元）"), texts(monthly.getRow(1)));
            assertEquals("2012-03", monthly.getRow(2).getCell(0).getStringCellValue());
            assertEquals(1200.50, monthly.getRow(2).getCell(1).getNumericCellValue());
            assertEquals("#,##0.00", monthly.getRow(2).getCell(1).getCellStyle().getDataFormatString());
            assertEquals("2012-04", monthly.getRow(3).getCell(0).getStringCellValue());
            assertEquals(0.0, monthly.getRow(3).getCell(1).getNumericCellValue());
            assertEquals(300.00, monthly.getRow(3).getCell(5).getNumericCellValue());
            assertEquals(4, monthly.getPhysicalNumberOfRows());
        }
    }

    @Test
    void theWorkbookHoldsTheGrantFigures() throws Exception {
        try (XSSFWorkbook workbook = workbook("2012-12-01", "2013-01-31")) {
            Sheet figures = workbook.getSheet("汇总");
            assertEquals(List.of(3.0, 3.0, 6000.0, 1.0, 1.0, 1000.0), List.of(value(figures, "救助人数"),
                    value(figures, "救助笔数"), value(figures, "救助金额（元）"), value(figures, "慰问人数"),
                    value(figures, "慰问笔数"), value(figures, "慰问金额（元）")));
            assertEquals("#,##0.00", cell(figures, "救助金额（元）").getCellStyle().getDataFormatString());
            assertEquals("General", cell(figures, "救助人数").getCellStyle().getDataFormatString());
            assertEquals("困难帮扶", cell(figures, "救助金额（元）").getRow().getCell(0).getStringCellValue());
        }
    }

    /**
     * The workbook of a period, after checking that its sheet 汇总 holds the API's rows in order: Chinese
     * headers, every value a numeric cell equal to the API's, money formatted to two decimals, counts plain.
     */
    private XSSFWorkbook workbook(String from, String to) throws Exception {
        JsonObject summary = json("reports/summary?from=" + from + "&to=" + to);
        ApiClient.Answer answer = finance.send(finance.request("reports/summary.xlsx?from=" + from + "&to=" + to)
                .setHeader("Accept", XLSX).GET());
        assertEquals(200, answer.status());
        assertEquals(XLSX, answer.contentType());
        XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(answer.body()));
        Sheet figures = workbook.getSheet("汇总");
        assertEquals(from + " 至 " + to, figures.getRow(0).getCell(1).getStringCellValue());
        assertEquals(List.of("类别", "项目", "数值"), texts(figures.getRow(1)));
        List<JsonValue> rows = summary.getJsonArray("rows");
        assertEquals(rows.size() + 2, figures.getPhysicalNumberOfRows());
        for (int i = 0; i < rows.size(); i++) {
            JsonObject expected = rows.get(i).asJsonObject();
            Row row = figures.getRow(i + 2);
            assertEquals(expected.getString("section"), row.getCell(0).getStringCellValue());
            assertEquals(expected.getString("item"), row.getCell(1).getStringCellValue());
            Cell value = row.getCell(2);
            assertEquals(CellType.NUMERIC, value.getCellType(), expected.toString());
            boolean money = expected.get("value").getValueType() == JsonValue.ValueType.STRING;
            String apiValue = money ? expected.getString("value") : expected.getJsonNumber("value").toString();
            assertEquals(new BigDecimal(apiValue).doubleValue(), value.getNumericCellValue(), expected.toString());
            assertEquals(money ? "#,##0.00" : "General", value.getCellStyle().getDataFormatString(), expected.toString());
        }
        return workbook;
    }

    /** The value cell of the first row of sheet 汇总 with this item. */
    private static Cell cell(Sheet figures, String item) {
        for (Row row : figures) {
            if (row.getRowNum() > 1 && row.getCell(1).getStringCellValue().equals(item)) {
                return row.getCell(2);
            }
        }
        throw new AssertionError("no row " + item);
    }

    private static double value(Sheet figures, String item) {
        return cell(figures, item).getNumericCellValue();
    }

    /**
     * The summary's claim payouts, grants and condolences are what the payout, hardship_grant, grant_run and
     * payment_row tables hold for its period, each grant paid once for its amount.
     */
    private static void assertReconciles(JsonObject summary) throws Exception {
        LocalDate from = LocalDate.parse(summary.getString("from"));
        LocalDate to = LocalDate.parse(summary.getString("to"));
        assertEquals(tally(summary, "claimsPaid"), ReportFixture.claimPayoutsBetween(from, to));
        assertEquals(List.of("GRANT " + tally(summary, "grants") + " paid true runs " + summary.getJsonObject("grants").getString("amount"),
                        "CONDOLENCE " + tally(summary, "condolences") + " paid true runs "
                                + summary.getJsonObject("condolences").getString("amount")),
                ReportFixture.grantsDecidedBetween(from, to));
    }

    private static String tally(JsonObject summary, String name) {
        JsonObject tally = summary.getJsonObject(name);
        return tally.getInt("people") + " " + tally.getInt("count") + " " + tally.getString("amount");
    }

    private JsonObject json(String query) {
        ApiClient.Answer answer = finance.get(query);
        assertEquals(200, answer.status(), answer.toString());
        return answer.json();
    }

    private static void assertTally(int people, int count, String amount, JsonObject summary, String name) {
        assertEquals(people + " " + count + " " + amount, tally(summary, name), name);
    }

    private static Map<String, String> byPlan(JsonObject summary) {
        Map<String, String> plans = new LinkedHashMap<>();
        summary.getJsonArray("claimsPaidByPlan").getValuesAs(JsonObject.class).forEach(plan -> plans.put(
                plan.getString("planCode"), plan.getInt("people") + " " + plan.getInt("count") + " " + plan.getString("amount")));
        return plans;
    }

    /** Statuses with claims; the API lists every status, the others with 0. */
    private static Map<String, Integer> statuses(JsonObject summary) {
        List<JsonObject> all = summary.getJsonArray("claimsByStatus").getValuesAs(JsonObject.class);
        assertEquals(8, all.size());
        Map<String, Integer> counted = new LinkedHashMap<>();
        all.stream().filter(s -> s.getInt("claims") > 0).forEach(s -> counted.put(s.getString("status"), s.getInt("claims")));
        return counted;
    }

    /** The months and plans that paid anything, "2012-03 INPATIENT" → "1200.50". */
    private static Map<String, String> paidMonths(JsonObject summary) {
        Map<String, String> paid = new LinkedHashMap<>();
        summary.getJsonArray("monthlyPayouts").getValuesAs(JsonObject.class).stream()
                .filter(p -> new BigDecimal(p.getString("amount")).signum() != 0)
                .forEach(p -> paid.put(p.getString("month") + " " + p.getString("planCode"), p.getString("amount")));
        return paid;
    }

    private static List<String> texts(Row row) {
        return java.util.stream.StreamSupport.stream(row.spliterator(), false).map(Cell::getStringCellValue).toList();
    }
}

package org.huzhu.it.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.huzhu.it.support.ApiClient;
import org.huzhu.it.support.Deployments;
import org.huzhu.it.support.TestUsers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code GET /reports/summary[.xlsx]} on the 2018 county of reports/fixture-2018.sql, for periods that cut
 * months, a year and the turn of the year, with rows just inside and outside each bound by the Beijing day.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportsIT {

    static final String SLICE = "reports/summary?from=2018-03-15&to=2018-04-14";

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.huzhu();
    }

    @ArquillianResource
    private URL base;

    private ApiClient finance;

    @BeforeEach
    void fixture() throws Exception {
        ReportFixture.load();
        ApiClient anonymous = ApiClient.anonymous(base);
        finance = anonymous.as(TestUsers.create(anonymous, "finance"));
    }

    @Test
    void aPeriodAcrossTwoMonthsCountsWhatTookEffectInsideItByTheBeijingDay() {
        JsonObject summary = json(SLICE);
        assertEquals("2018-03-15", summary.getString("from"));
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
        assertEquals(Map.of("2018-03 INPATIENT", "1200.50", "2018-04 ACCIDENT", "300.00"), paidMonths(summary));
        assertEquals(2 * 5, summary.getJsonArray("monthlyPayouts").size(), "every month and plan, zero or not");
    }

    @Test
    void theWholeYearCountsEveryDayOfIt() {
        JsonObject summary = json("reports/summary?from=2018-01-01&to=2018-12-31");
        assertEquals(7, summary.getInt("enrolments"));
        assertEquals("160.00", summary.getString("contributions"));
        assertTally(2, 3, "80.00", summary, "freeCover");
        assertTally(3, 5, "2850.75", summary, "claimsPaid");
        assertEquals(Map.of("INPATIENT", "3 4 2550.75", "ACCIDENT", "1 1 300.00", "ALLOWANCE", "0 0 0.00",
                "CRITICAL", "0 0 0.00", "FEMALE", "0 0 0.00"), byPlan(summary));
        assertEquals(Map.of("PAID", 5, "SETTLED", 2, "SUBMITTED", 2, "VALIDATED", 1, "REJECTED", 1), statuses(summary));
        assertEquals(3, summary.getInt("overdueClaims"));
        assertEquals(Map.of("2018-03 INPATIENT", "1300.50", "2018-04 INPATIENT", "800.00", "2018-04 ACCIDENT", "300.00",
                "2018-12 INPATIENT", "450.25"), paidMonths(summary));
        assertEquals(12 * 5, summary.getJsonArray("monthlyPayouts").size());
    }

    @Test
    void aPeriodAcrossTheTurnOfTheYearTakesEachSide() {
        JsonObject summary = json("reports/summary?from=2018-12-01&to=2019-01-31");
        assertEquals(2, summary.getInt("enrolments"));
        assertEquals("60.00", summary.getString("contributions"));
        assertTally(1, 1, "30.00", summary, "freeCover");
        assertTally(2, 2, "549.25", summary, "claimsPaid");
        assertEquals(Map.of("PAID", 1), statuses(summary));
        assertEquals(0, summary.getInt("overdueClaims"));
        assertEquals(Map.of("2018-12 INPATIENT", "450.25", "2019-01 INPATIENT", "99.00"), paidMonths(summary));
    }

    @Test
    void aBadPeriodIsRefusedAndOnlyFinanceMaySeeTheFigures() {
        for (String query : List.of("summary?from=2018-04-15&to=2018-04-14", "summary?from=2018-02-30&to=2018-03-01",
                "summary?from=2018-01-01", "summary.xlsx?from=2018-12-31&to=2018-01-01", "summary?from=20180101&to=2018-12-31")) {
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
        JsonObject summary = json(SLICE);
        ApiClient.Answer answer = finance.send(finance.request("reports/summary.xlsx?from=2018-03-15&to=2018-04-14")
                .setHeader("Accept", XLSX).GET());
        assertEquals(200, answer.status());
        assertEquals(XLSX, answer.contentType());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(answer.body()))) {
            Sheet figures = workbook.getSheet("汇总");
            assertEquals("2018-03-15 至 2018-04-14", figures.getRow(0).getCell(1).getStringCellValue());
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
            assertEquals(4.0, figures.getRow(2).getCell(2).getNumericCellValue(), "参保人次");
            assertEquals(90.0, figures.getRow(3).getCell(2).getNumericCellValue(), "筹集保障金");
            assertEquals(1500.5, figures.getRow(8).getCell(2).getNumericCellValue(), "支付金额");

            Sheet monthly = workbook.getSheet("月度支付");
            assertEquals(List.of("月份", "住院医疗互助保障（元）", "住院津贴互助保障（元）", "重大疾病互助保障（元）",
                    "女职工特殊疾病互助保障（元）", "意外伤害互助保障（元）"), texts(monthly.getRow(1)));
            assertEquals("2018-03", monthly.getRow(2).getCell(0).getStringCellValue());
            assertEquals(1200.50, monthly.getRow(2).getCell(1).getNumericCellValue());
            assertEquals("#,##0.00", monthly.getRow(2).getCell(1).getCellStyle().getDataFormatString());
            assertEquals("2018-04", monthly.getRow(3).getCell(0).getStringCellValue());
            assertEquals(0.0, monthly.getRow(3).getCell(1).getNumericCellValue());
            assertEquals(300.00, monthly.getRow(3).getCell(5).getNumericCellValue());
            assertEquals(4, monthly.getPhysicalNumberOfRows());
        }
    }

    private JsonObject json(String query) {
        ApiClient.Answer answer = finance.get(query);
        assertEquals(200, answer.status(), answer.toString());
        return answer.json();
    }

    private static void assertTally(int people, int count, String amount, JsonObject summary, String name) {
        JsonObject tally = summary.getJsonObject(name);
        assertEquals(people + " " + count + " " + amount,
                tally.getInt("people") + " " + tally.getInt("count") + " " + tally.getString("amount"), name);
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

    /** The months and plans that paid anything, "2018-03 INPATIENT" → "1200.50". */
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

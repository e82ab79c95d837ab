package org.huzhu.it.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.huzhu.it.pages.Browser;
import org.huzhu.it.support.AgainstTheServer;
import org.huzhu.it.support.ApiClient;
import org.huzhu.it.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * app/reports.html on the 2012 county, over the turn of the year when the grants of 2012 were decided: charts drawn
 * by the app's own ECharts, and the API's figures beside them.
 */
class ReportsPageIT extends AgainstTheServer {

    private static final By FIGURE_ROWS = By.cssSelector("#figures tbody tr");

    /**
     * Whether the chart has a canvas of some size with at least one pixel drawn: ECharts draws on a canvas, and
     * an empty chart would leave every pixel transparent.
     */
    private static final String DRAWN = """
            const canvas = document.querySelector('#' + arguments[0] + ' canvas');
            if (!canvas || canvas.width === 0 || canvas.height === 0) return false;
            const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
            for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) return true;
            return false;""";

    /** What the grants chart was given to draw: [[救助 amount, 慰问 amount], [救助 people, 慰问 people]]. */
    private static final String GRANTS_CHART_DATA = """
            return echarts.getInstanceByDom(document.getElementById('chart-grants')).getOption()
                .series.map(s => s.data.map(String));""";


    @Test
    void thePageDrawsTheChartsAndListsTheApiFigures() throws Exception {
        ApiClient anonymous = ApiClient.anonymous(base);
        TestUsers.Credentials user = TestUsers.create(anonymous, "finance");
        ReportFixture.load(anonymous.as(user));
        JsonObject summary = anonymous.as(user).get(ReportsIT.TURN_OF_THE_YEAR).json();
        List<JsonValue> rows = summary.getJsonArray("rows");

        try (Browser browser = Browser.open(base)) {
            browser.signIn(user);
            browser.open("reports.html?from=2012-12-01&to=2013-01-31");
            browser.waitUntil(d -> d.findElements(FIGURE_ROWS).size() == rows.size());
            for (String chart : List.of("chart-monthly", "chart-grants", "chart-status")) {
                browser.waitUntil(d -> (Boolean) browser.script(DRAWN, chart));
            }

            List<String> sections = browser.texts(By.cssSelector("#figures tbody td:nth-child(1)"));
            List<String> items = browser.texts(By.cssSelector("#figures tbody td:nth-child(2)"));
            List<String> values = browser.texts(By.cssSelector("#figures tbody td:nth-child(3)"));
            for (int i = 0; i < rows.size(); i++) {
                JsonObject row = rows.get(i).asJsonObject();
                assertEquals(row.getString("section"), sections.get(i));
                assertEquals(row.getString("item"), items.get(i));
                assertEquals(row.get("value").toString().replace("\"", ""), values.get(i).replace(",", ""), row.toString());
            }
            assertEquals(List.of("3", "3", "6,000.00", "1", "1", "1,000.00"),
                    values.subList(items.indexOf("救助人数"), items.indexOf("慰问金额（元）") + 1), "the grants of 2012");
            assertEquals(List.of(List.of("6000", "1000"), List.of("3", "1")), browser.script(GRANTS_CHART_DATA),
                    "the grants chart draws the API's grants and condolences");
            assertEquals("统计期间：2012-12-01 至 2013-01-31", browser.find(By.id("period")).getText());
            assertTrue(browser.find(By.id("xlsx")).getAttribute("href")
                    .endsWith("/api/v1/reports/summary.xlsx?from=2012-12-01&to=2013-01-31"));
        }
    }
}

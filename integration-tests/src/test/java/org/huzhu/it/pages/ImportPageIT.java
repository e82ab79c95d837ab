package org.huzhu.it.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.huzhu.it.support.AgainstTheServer;
import org.huzhu.it.support.ApiClient;
import org.huzhu.it.support.Fixtures;
import org.huzhu.it.support.TestPeople;
import org.huzhu.it.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A clerk imports a small roster on the import page: progress, counts, and the rejects file to download. */
class ImportPageIT extends AgainstTheServer {

    @Test
    void aClerkImportsARosterAndIsOfferedItsRejects() throws Exception {
        ApiClient anonymous = ApiClient.anonymous(base);
        TestUsers.Credentials clerk = TestUsers.create(anonymous, "clerk");
        String unitCode = new Fixtures(anonymous.as(clerk)).unit();
        Path roster = Files.createTempFile("roster", ".csv");
        Files.writeString(roster, """
                name,idNumber,planCode,shares,coverageStart
                Zhang San,%s,INPATIENT,2,2026-01-01
                Li Si,%s,INPATIENT,9,2026-01-01
                """.formatted(TestPeople.residentId(LocalDate.of(1980, 1, 1), false),
                TestPeople.residentId(LocalDate.of(1981, 1, 1), true)), StandardCharsets.UTF_8);

        try (Browser browser = Browser.open(base)) {
            browser.signIn(clerk);
            browser.open("import.html");
            browser.waitUntilOptions("unitCode");
            browser.select("unitCode", unitCode);
            browser.find(By.id("file")).sendKeys(roster.toAbsolutePath().toString());
            browser.find(By.cssSelector("#import-form button[type=submit]")).click();

            browser.waitUntil(driver -> browser.text(By.id("facts")).contains("已完成"));
            assertEquals("1", fact(browser, "新登记会员"));
            assertEquals("1", fact(browser, "新增参保"));
            assertEquals("1", fact(browser, "未导入行数"));
            assertTrue(browser.find(By.id("rejects-xlsx")).isDisplayed());
            String csv = browser.find(By.id("rejects-csv")).getDomAttribute("href");
            assertTrue(csv.endsWith("/rejects.csv"), csv);
            assertTrue(browser.driver.getCurrentUrl().contains("?execution="), "a reload follows the same run");
            assertEquals(0, browser.horizontalOverflow());
        } finally {
            Files.delete(roster);
        }
    }

    private static String fact(Browser browser, String term) {
        return browser.text(By.xpath("//dl[@id='facts']/dt[.='" + term + "']/following-sibling::dd[1]"));
    }
}

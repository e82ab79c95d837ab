package org.huzhu.it.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.huzhu.domain.model.claim.ClaimStatus;
import org.huzhu.domain.model.plan.PlanCode;
import org.huzhu.it.support.AgainstTheServer;
import org.huzhu.it.support.ApiAccess;
import org.huzhu.it.support.ApiClient;
import org.huzhu.it.support.DatabaseFixtures;
import org.huzhu.it.support.Fixtures;
import org.huzhu.it.support.TestPeople;
import org.huzhu.it.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The pages speak with one voice: one shell (head, header, menu) written by huzhu.js, times in Beijing time, plan
 * names and statuses in the domain's words from {@code GET /labels}.
 */
class PageShellIT extends AgainstTheServer {

    /** 18:30 UTC on 1 March is 02:30 on 2 March in Beijing: the day and the hour both show the zone. */
    private static final Instant LATE_EVENING_UTC = Instant.parse("2026-03-01T18:30:00Z");


    @Test
    void theClaimListShowsBeijingTimeThePlansNameAndTheDomainsStatusInTheSharedShell() throws Exception {
        ApiClient anonymous = ApiClient.anonymous(base);
        TestUsers.Credentials clerk = TestUsers.create(anonymous, "clerk");
        ApiClient api = anonymous.as(clerk);
        String claimNo = claim(api);
        String status = api.get("claims/" + claimNo).json().getString("status");
        submittedAt(claimNo, LATE_EVENING_UTC);

        try (Browser browser = Browser.open(base)) {
            browser.signIn(clerk);
            browser.open("claims.html?q=" + claimNo);
            browser.waitFor(By.linkText(claimNo));
            assertEquals(PlanCode.INPATIENT.chineseName(), cell(browser, 4));
            assertEquals(ClaimStatus.valueOf(status).label(), cell(browser, 5));
            assertEquals("2026-03-02 02:30", cell(browser, 6), "submitted at 18:30 UTC, shown as Beijing reads it");

            assertEquals(1, browser.driver.findElements(By.cssSelector("header")).size(), "one header, the shell's");
            assertEquals("互助 · 工作台", browser.text(By.cssSelector("header#shell h1")));
            List<String> menu = browser.texts(By.cssSelector("header#shell #nav a"));
            assertEquals(List.of("工作台", "受理理赔", "理赔列表", "会员登记", "单位登记", "名单导入"), menu);
            assertTrue(browser.text(By.id("who")).contains("经办人"), browser.text(By.id("who")));
            assertTrue(browser.find(By.id("sign-out")).isDisplayed());
            assertEquals(1L, browser.script("return document.querySelectorAll('link[rel=stylesheet][href$=\"huzhu.css\"]').length;"));
            assertEquals("flex", browser.script("return getComputedStyle(document.getElementById('shell')).display;"),
                    "the shared stylesheet applies");
            assertEquals(0, browser.horizontalOverflow());
        }
    }

    @Test
    void noPageWritesItsOwnHeadOrHeader() throws Exception {
        Path pages = ApiAccess.projectRoot().resolve("web/src/main/webapp/app");
        try (Stream<Path> files = Files.list(pages)) {
            List<Path> html = files.filter(file -> file.toString().endsWith(".html")).toList();
            assertTrue(html.size() >= 15, html::toString);
            for (Path page : html) {
                String text = Files.readString(page);
                assertFalse(text.contains("<header"), page + " writes its own header");
                assertFalse(text.contains("huzhu.css"), page + " links the stylesheet itself");
                String head = text.substring(text.indexOf("<head>"), text.indexOf("</head>"));
                assertTrue(head.contains("<script src=\"../js/huzhu.js\"></script>"), page + " loads the shell in its head");
            }
        }
    }

    private static String cell(Browser browser, int column) {
        return browser.text(By.cssSelector("#claims tbody tr:first-child td:nth-child(" + column + ")"));
    }

    /** A claim for a member enrolled in INPATIENT, entered through the API. */
    private static String claim(ApiClient clerk) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Fixtures fixtures = new Fixtures(clerk);
        String memberNo = fixtures.member(fixtures.unit(), "时区会员", false);
        fixtures.enrol(memberNo, "INPATIENT", 1, today.minusDays(200), today.plusDays(164));
        LocalDate admitted = today.minusDays(60);
        ApiClient.Answer answer = Fixtures.expect(201, clerk.post("claims", """
                {"memberNo": "%s", "planCode": "INPATIENT", "cause": "ILLNESS", "incidentDate": "%s",
                 "admissionDate": "%s", "dischargeDate": "%s", "hospital": "县人民医院", "diagnosisCode": "J18.9",
                 "invoices": [{"number": "%s", "total": "1000.00", "fundPaid": "600.00", "policySelfPaid": "300.00",
                               "outOfPolicy": "100.00"}],
                 "documents": ["ID_COPY", "INVOICE", "EXPENSE_LIST", "DISCHARGE_SUMMARY"], "complexity": "SIMPLE"}"""
                .formatted(memberNo, admitted, admitted, admitted.plusDays(10), TestPeople.unique("INV"))));
        return answer.json().getString("claimNo");
    }

    private static void submittedAt(String claimNo, Instant at) throws SQLException {
        try (Connection connection = DatabaseFixtures.openTestDatabase();
             PreparedStatement update = connection.prepareStatement("UPDATE claim SET submitted_at = ? WHERE claim_no = ?")) {
            update.setObject(1, at.atOffset(ZoneOffset.UTC));
            update.setString(2, claimNo);
            assertEquals(1, update.executeUpdate());
        }
    }
}

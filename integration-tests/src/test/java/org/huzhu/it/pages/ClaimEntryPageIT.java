package org.huzhu.it.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.huzhu.domain.model.claim.ClaimStatus;
import org.huzhu.it.support.AgainstTheServer;
import org.huzhu.it.support.ApiClient;
import org.huzhu.it.support.Fixtures;
import org.huzhu.it.support.TestPeople;
import org.huzhu.it.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The claim form in a real browser: a clerk enters an INPATIENT claim that breaks V03 and V07,
 * sees each message beside its field, corrects the claim and has it accepted; then attaches a
 * scan, and another reviewer approves it on the claim page.
 */
class ClaimEntryPageIT extends AgainstTheServer {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");


    @Test
    void aClaimBreakingV03AndV07ShowsBothBesideTheirFieldsAndIsAcceptedOnceCorrected() throws Exception {
        ApiClient anonymous = ApiClient.anonymous(base);
        // A clerk who is made a reviewer later (no account is both at once): the claims they entered are reviewed by
        // somebody else.
        TestUsers.Credentials clerk = TestUsers.create(anonymous, "clerk");
        TestUsers.Credentials reviewer = TestUsers.create(anonymous, "reviewer");
        ApiClient api = anonymous.as(clerk);
        LocalDate today = LocalDate.now(SHANGHAI);
        LocalDate coverageStart = today.minusDays(200);
        Fixtures fixtures = new Fixtures(api);
        String memberNo = fixtures.member(fixtures.unit(), "王秀英", true);
        fixtures.enrol(memberNo, "INPATIENT", 1, coverageStart, coverageStart.plusYears(1).minusDays(1));
        String invoiceNumber = TestPeople.unique("FP");

        try (Browser browser = Browser.open(base)) {
            browser.signIn(clerk);
            browser.open("claim-new.html");
            browser.waitUntilOptions("planCode");

            // Without a member number the claim is malformed: a 400, shown beside the field, all else kept.
            browser.select("planCode", "INPATIENT");
            browser.select("cause", "ILLNESS");
            browser.type(By.id("hospital"), "县人民医院");
            browser.find(By.id("submit")).click();
            assertTrue(browser.waitFor(errorFor("memberNo")).getText().length() > 0);
            assertEquals("true", browser.find(By.id("memberNo")).getDomAttribute("aria-invalid"));
            assertEquals("县人民医院", browser.find(By.id("hospital")).getDomProperty("value"), "what was typed stays");
            assertTrue(browser.driver.findElements(By.id("claim-no")).isEmpty(), "nothing was stored");

            // The incident 30 days before cover starts (V03), and parts of 900 on a total of 1000 (V07).
            browser.type(By.id("memberNo"), memberNo);
            browser.find(By.id("hospital")).click();  // leaving the field looks the member up
            browser.waitFor(By.xpath("//span[@id='member-lookup'][contains(., '王秀英')]"));
            browser.setDate(By.id("incidentDate"), coverageStart.minusDays(30).toString());
            browser.setDate(By.id("admissionDate"), today.minusDays(60).toString());
            browser.setDate(By.id("dischargeDate"), today.minusDays(50).toString());
            browser.type(By.id("diagnosisCode"), "K35.8");
            browser.type(invoice(0, "number"), invoiceNumber);
            browser.type(invoice(0, "total"), "1000.00");
            browser.type(invoice(0, "fundPaid"), "500.00");
            browser.type(invoice(0, "policySelfPaid"), "300.00");
            browser.type(invoice(0, "outOfPolicy"), "100.00");
            for (String document : List.of("ID_COPY", "INVOICE", "EXPENSE_LIST", "DISCHARGE_SUMMARY")) {
                browser.find(By.cssSelector("#documents input[value='" + document + "']")).click();
            }
            browser.find(By.id("submit")).click();

            browser.waitFor(By.id("violations"));
            String claimNo = browser.text(By.id("claim-no"));
            assertTrue(claimNo.matches("HZ\\d{10}"), claimNo);
            assertEquals(List.of("V03", "V07"), browser.texts(By.cssSelector("#violations li strong")));
            String incidentMessage = browser.text(errorFor("incidentDate"));
            assertTrue(incidentMessage.startsWith("V03 出险日期"), "in Chinese, whatever the browser's language: " + incidentMessage);
            assertTrue(browser.text(errorFor("invoices[0].total")).startsWith("V07"),
                    browser.text(errorFor("invoices[0].total")));
            assertEquals("true", browser.find(By.id("incidentDate")).getDomAttribute("aria-invalid"));
            assertEquals("true", browser.find(invoice(0, "total")).getDomAttribute("aria-invalid"));
            assertTrue(browser.driver.findElements(errorFor("memberNo")).isEmpty(), "the earlier 400 message is gone");
            assertEquals("1000.00", browser.find(invoice(0, "total")).getDomProperty("value"), "the form is kept");
            assertEquals("修改后重新提交", browser.text(By.id("submit")));
            assertEquals(0, browser.horizontalOverflow(), "the form with its messages fits 1366 pixels");
            Path screenshot = browser.screenshot("claim-form-with-errors");
            assertTrue(Files.size(screenshot) > 10_000, "a screenshot of the form with its messages");

            // Corrected: the incident inside cover, the parts adding up. The same claim is accepted.
            browser.setDate(By.id("incidentDate"), today.minusDays(60).toString());
            browser.type(invoice(0, "outOfPolicy"), "200.00");
            browser.find(By.id("submit")).click();

            String accepted = browser.waitFor(By.id("accepted")).getText();
            assertTrue(accepted.contains("已受理"), accepted);
            assertEquals(claimNo, browser.text(By.id("claim-no")), "the rejected claim was corrected, not entered again");
            assertTrue(browser.text(By.id("due-date")).matches("\\d{4}-\\d{2}-\\d{2}"), accepted);
            assertFalse(browser.find(By.id("claim-form")).isDisplayed());

            browser.find(By.id("claim-link")).click();
            browser.waitFor(By.cssSelector("#versions tbody tr:nth-child(2)"));
            assertEquals(ClaimStatus.VALIDATED.label(), browser.text(By.id("status")), "the domain's word: 已受理");
            assertEquals(2, browser.driver.findElements(By.cssSelector("#versions tbody tr")).size(), "both versions kept");

            // The clerk attaches a scan; having entered the claim, they may not approve it.
            browser.select("document-code", "ID_COPY");
            browser.find(By.id("document-file")).sendKeys(screenshot.toAbsolutePath().toString());
            browser.find(By.cssSelector("#upload-form button[type=submit]")).click();
            browser.waitFor(By.linkText("claim-form-with-errors.png"));
            Fixtures.expect(200, anonymous.as(TestUsers.admin(anonymous)).put("users/" + clerk.username() + "/roles",
                    "{\"roles\": [\"reviewer\"]}"));
            browser.signOut();
            browser.signIn(clerk);
            browser.open("claim.html?claimNo=" + claimNo);
            assertTrue(browser.waitFor(By.id("own-claim")).isDisplayed());
            assertFalse(browser.find(By.id("decide-form")).isDisplayed());

            browser.signOut();
            browser.signIn(reviewer);
            browser.open("claim.html?claimNo=" + claimNo);
            browser.type(By.id("reason"), "材料齐全，符合住院医疗互助保障给付条件");
            browser.waitFor(By.id("approve")).click();
            browser.waitUntil(driver -> driver.findElement(By.id("status")).getText().equals(ClaimStatus.APPROVED.label()));
            assertFalse(browser.find(By.id("review")).isDisplayed(), "an approved claim is not reviewed again");
            assertTrue(browser.text(By.id("history")).contains("材料齐全"), browser.text(By.id("history")));
        }
    }

    private static By errorFor(String field) {
        return By.cssSelector(".field-error[data-error-for='" + field + "']");
    }

    private static By invoice(int row, String part) {
        return By.cssSelector("[data-field='invoices[" + row + "]." + part + "']");
    }
}

package org.huzhu.it.foureyes;

import static java.time.LocalDate.of;
import static org.huzhu.it.support.Fixtures.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.huzhu.it.pages.Browser;
import org.huzhu.it.settlement.SettlementFixtures;
import org.huzhu.it.support.AgainstTheServer;
import org.huzhu.it.support.ApiClient;
import org.huzhu.it.support.DatabaseFixtures;
import org.huzhu.it.support.TestPeople;
import org.huzhu.it.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A reviewer finds a clerk's card change on app/payee-changes.html, masked, and confirms it there (Chromium). */
class PayeeChangesPageIT extends AgainstTheServer {

    @Test
    void aReviewerConfirmsAChangeOnThePageAndARefusalAsksWhy() throws Exception {
        ApiClient api = ApiClient.anonymous(base);
        ApiClient clerk = api.as(TestUsers.create(api, "clerk"));
        TestUsers.Credentials reviewer = TestUsers.create(api, "reviewer");
        try (SettlementFixtures fixtures = new SettlementFixtures(); Browser browser = Browser.open(base)) {
            DatabaseFixtures.Member member = fixtures.member("冯十一", "MALE");
            fixtures.stay(fixtures.enrol(member, "ALLOWANCE", 1, of(2026, 1, 1), false), of(2026, 3, 1),
                    of(2026, 3, 16), "300.00");
            String card = TestPeople.bankCard();
            long changeId = expect(202, clerk.put("members/" + member.memberNo() + "/bank-card",
                    "{\"bankCard\": \"" + card + "\", \"bankName\": \"中国建设银行\"}")).json()
                    .getJsonNumber("changeId").longValue();

            browser.signIn(reviewer);
            browser.open("payee-changes.html");
            By row = By.xpath("//form[@data-change='" + changeId + "']/ancestor::tr");
            String text = browser.waitFor(row).getText();
            assertTrue(text.contains("冯十一 **** " + card.substring(card.length() - 4) + " 中国建设银行"), text);
            assertTrue(!text.contains(card), "the card is masked on the page");

            browser.find(By.cssSelector("form[data-change='" + changeId + "'] button[value=refuse]")).click();
            assertTrue(browser.waitFor(By.cssSelector("form[data-change='" + changeId + "'] .field-error"))
                    .getText().length() > 0, "a refusal says why");

            browser.find(By.cssSelector("form[data-change='" + changeId + "'] button[value=confirm]")).click();
            assertTrue(browser.waitFor(By.cssSelector("#result .notice.ok")).getText().contains(changeId + " 已确认"));
            assertEquals(card, fixtures.text("SELECT bank_card FROM member WHERE id = ?", member.id()));
        }
    }
}

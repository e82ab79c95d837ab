package org.huzhu.it.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.huzhu.it.members.MemberWithClaims;
import org.huzhu.it.support.AgainstTheServer;
import org.huzhu.it.support.ApiClient;
import org.huzhu.it.support.Fixtures;
import org.huzhu.it.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The member's own page in Chromium, on a phone (360 × 740) and on an office screen (1366 × 768): the member signs in
 * and lands on it, reads each claim's timeline in Beijing time with the reasons and the promised date, sees the card
 * their money goes to, and downloads their letter; on the phone nothing is wider than the screen and no number or
 * word is broken one character a line.
 */
class MemberPageIT extends AgainstTheServer {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    /** Inline texts that must stay on one line, whatever the width: numbers, dates, the names of steps and statuses. */
    private static final String UNBROKEN = ".claim-no, a.letter-link, .step-name, ol.timeline time, .status, .card-number";

    @Test
    void theMemberLandsOnTheirPageAndReadsItOnAPhoneAndAtTheDesk() throws Exception {
        MemberWithClaims scenario = MemberWithClaims.make(base);
        JsonAnswers api = new JsonAnswers(ApiClient.anonymous(base).as(scenario.member()));
        String paidLetter = api.paidLetter(scenario.paid());

        for (Map.Entry<Integer, Integer> screen : List.of(Map.entry(360, 740), Map.entry(1366, 768))) {
            int width = screen.getKey();
            try (Browser browser = Browser.open(base)) {
                browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
                        "height", screen.getValue(), "deviceScaleFactor", 1, "mobile", width < 600));
                signInAndLand(browser, scenario.member());
                browser.screenshot("member-page-" + width);

                assertEquals(List.of("已提交", "已受理", "审核通过", "已结算", "已支付"),
                        browser.texts(By.cssSelector(claim(scenario.paid()) + " li[data-status] .step-name")));
                assertEquals(api.submittedInBeijing(scenario.paid()),
                        browser.text(By.cssSelector(claim(scenario.paid()) + " li[data-status=SUBMITTED] time")));
                assertTrue(browser.text(By.cssSelector(claim(scenario.declined()) + " li[data-status=DECLINED]"))
                        .contains(MemberWithClaims.DECLINE_REASON));
                assertTrue(browser.text(By.cssSelector(claim(scenario.failed()) + " li[data-status=PAYMENT_FAILED]"))
                        .contains(MemberWithClaims.BANK_REASON));
                assertTrue(browser.text(By.cssSelector(claim(scenario.rejected()) + " li[data-status=REJECTED]"))
                        .contains("V03"));
                String open = browser.text(By.cssSelector(claim(scenario.open())));
                assertTrue(open.contains("承诺办结日期") && open.contains(scenario.dueDate().toString()), open);
                String card = scenario.bankCard();
                assertEquals("**** " + card.substring(card.length() - 4), browser.text(By.id("payee-card")));

                assertDownloadsTheirLetter(browser, paidLetter);
                if (width == 360) {
                    assertEquals(Boolean.TRUE, browser.script(
                            "return document.documentElement.scrollWidth <= 360;"), "no horizontal scrolling on a phone");
                }
                assertEquals(List.of(), browser.script("""
                        return [...document.querySelectorAll(arguments[0])]
                            .filter(node => node.getClientRects().length > 1).map(node => node.textContent);""",
                        UNBROKEN), "texts broken over lines at " + width + " px");
            }
        }
    }

    /** The login form lands on the workbench, which sends a member to their own page. */
    private static void signInAndLand(Browser browser, TestUsers.Credentials member) {
        browser.signIn(member);
        browser.waitUntil(driver -> driver.getCurrentUrl().endsWith("/app/my.html"));
        browser.waitFor(By.cssSelector("article.claim"));
        browser.waitFor(By.cssSelector("li.letter"));
    }

    /** The page's link fetched as the browser follows it, with the member's session: their signed PDF. */
    private static void assertDownloadsTheirLetter(Browser browser, String letterNo) {
        String link = "li.letter[data-letter-no='" + letterNo + "'] a.letter-link";
        assertEquals(letterNo + ".pdf", browser.find(By.cssSelector(link)).getAttribute("download"));
        Object fetched = browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.querySelector(arguments[0]).href)
                    .then(answer => answer.arrayBuffer().then(bytes => done([answer.status,
                        answer.headers.get('Content-Type'), String.fromCharCode(...new Uint8Array(bytes.slice(0, 5)))])))
                    .catch(error => done(String(error)));""", link);
        assertEquals(List.of(200L, "application/pdf", "%PDF-"), fetched);
    }

    private static String claim(String claimNo) {
        return "article.claim[data-claim-no='" + claimNo + "']";
    }

    /** What the API tells the member, to compare the page with. */
    private record JsonAnswers(ApiClient member) {

        String paidLetter(String claimNo) {
            return Fixtures.expect(200, member.get("claims/" + claimNo)).json().getString("letterNo");
        }

        /** When the claim was submitted, as Beijing reads it. */
        String submittedInBeijing(String claimNo) {
            String at = Fixtures.expect(200, member.get("me/claims")).json().getJsonArray("claims")
                    .getValuesAs(jakarta.json.JsonObject.class).stream()
                    .filter(claim -> claim.getString("claimNo").equals(claimNo)).findFirst().orElseThrow()
                    .getJsonArray("steps").getJsonObject(0).getString("at");
            return OffsetDateTime.parse(at).atZoneSameInstant(BEIJING).format(SHOWN);
        }
    }
}

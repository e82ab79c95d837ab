package org.huzhu.it.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huzhu.it.support.AgainstTheServer;
import org.huzhu.it.support.ApiClient;
import org.huzhu.it.support.Jobs;
import org.huzhu.it.support.PageSession;
import org.huzhu.it.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Issue 13 as it happened, in a real browser: a finance user signed in to the pages opens another site, whose
 * form posts {@code text/plain} to the settlement job. The other site here is another port of the same host,
 * the worst case: same site, so the browser sends even a SameSite=Strict cookie, and only the server's check
 * of where the request came from stands in the way. The finance console's own start still works.
 */
class CrossSitePageIT extends AgainstTheServer {

    private static final Pattern EXECUTION_NO = Pattern.compile("执行编号 (\\d+)");


    @Test
    void anotherSitesFormStartsNoSettlementButTheFinanceConsoleDoes() throws Exception {
        ApiClient anonymous = ApiClient.anonymous(base);
        TestUsers.Credentials financeUser = PageSession.staffWithOwnPassword(anonymous, "finance");
        ApiClient finance = anonymous.as(financeUser);
        HttpServer attacker = attackerSite(base.getHost(), PageSession.httpBase(base).resolve("api/v1/jobs/payout-settlement").toString());
        try (Browser browser = Browser.open(base)) {
            browser.signIn(financeUser);
            long newestBefore = new Jobs(finance).newestExecution();

            browser.driver.get("http://" + base.getHost() + ":" + attacker.getAddress().getPort() + "/");
            browser.waitUntil(d -> d.getCurrentUrl().contains("/jobs/payout-settlement")
                    && !d.findElement(By.tagName("body")).getText().isBlank());
            String answer = browser.find(By.tagName("body")).getText();
            assertTrue(answer.contains("cross-site-request") && answer.contains("403"), answer);
            assertEquals(newestBefore, new Jobs(finance).newestExecution(), "the other site's form started no job");

            browser.open("finance.html");
            browser.find(By.id("dryRun")).click();
            browser.find(By.id("start-run")).click();
            browser.waitUntil(d -> EXECUTION_NO.matcher(browser.text(By.id("run-result"))).find());
            Matcher started = EXECUTION_NO.matcher(browser.text(By.id("run-result")));
            assertTrue(started.find());
            assertEquals("COMPLETED", new Jobs(finance).await(Long.parseLong(started.group(1))).getString("status"),
                    "the console's own start, with its header, runs");

            browser.signOut();
            browser.driver.get(base + "app/");
            browser.waitFor(By.id("username"));
            assertTrue(browser.driver.findElements(By.id("who")).isEmpty(), "signed out: the workbench asks to sign in");
        } finally {
            attacker.stop(0);
        }
    }

    /**
     * A page that posts, as soon as it opens, a text/plain form whose one field makes the body
     * {@code {"dryRun":false,"x":"="}}: JSON, although the form cannot say so.
     */
    private static HttpServer attackerSite(String host, String target) throws Exception {
        String page = "<!DOCTYPE html><html><body><form id=\"f\" method=\"post\" enctype=\"text/plain\" action=\""
                + target + "\"><input name='{\"dryRun\":false,\"x\":\"' value='\"}'></form>"
                + "<script>document.getElementById('f').submit();</script></body></html>";
        byte[] body = page.getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress(host, 0), 0);
        server.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return server;
    }
}

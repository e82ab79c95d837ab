package org.huzhu.it.pages;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huzhu.it.settlement.BankReturns;
import org.huzhu.it.settlement.SettlementFixtures;
import org.huzhu.it.support.AgainstTheServer;
import org.huzhu.it.support.ApiClient;
import org.huzhu.it.support.Jobs;
import org.huzhu.it.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

/**
 * The finance console (app/finance.html): settlement runs, their progress, the payment file, the print batches and the
 * bank's return.
 */
class FinanceConsoleIT extends AgainstTheServer {

    private static final Pattern EXECUTION_NO = Pattern.compile("执行编号 (\\d+)");


    @Test
    void financeSettlesDownloadsThePaymentFileAndImportsTheBanksReturn() throws Exception {
        ApiClient api = ApiClient.anonymous(base);
        TestUsers.Credentials financeUser = TestUsers.create(api, "finance");
        ApiClient finance = api.as(financeUser);
        new Jobs(finance).run("{}");  // whatever other tests left APPROVED, so that the counts are these claims'
        try (SettlementFixtures fixtures = new SettlementFixtures(); Browser browser = Browser.open(base)) {
            String first = fixtures.stay(fixtures.enrol(fixtures.member("周一", "MALE"), "ALLOWANCE", 1,
                    of(2026, 1, 1), false), of(2026, 3, 1), of(2026, 3, 16), "300.00");
            String second = fixtures.stay(fixtures.enrol(fixtures.member("吴二", "FEMALE"), "ALLOWANCE", 1,
                    of(2026, 1, 1), false), of(2026, 4, 1), of(2026, 4, 11), "300.00");
            browser.signIn(financeUser);
            browser.open("finance.html");

            browser.setDate(By.id("runDate"), "2026-11-20");
            browser.find(By.id("dryRun")).click();
            long dryRun = start(browser);
            assertEquals("DRY_RUN claims=2 payable=760.00 paymentRows=2", completed(browser, dryRun));
            assertEquals("试算：理赔 2，应付金额 760.00，付款笔数 2", browser.text(By.cssSelector(row(dryRun) + " .exit-status")),
                    "finance reads the outcome in words");
            assertEquals("结算", browser.text(By.cssSelector(row(dryRun) + " td:nth-child(2)")));
            assertEquals("APPROVED", fixtures.status(first), "a dry run changes nothing");

            browser.find(By.id("dryRun")).click();
            long run = start(browser);
            String exitStatus = completed(browser, run);
            assertTrue(exitStatus.startsWith("claims=2 payable=760.00 paymentRows=2 paymentFile="), exitStatus);
            String settle = browser.text(By.cssSelector(row(run) + " li[data-step=settle]"));
            assertTrue(settle.contains("读 2 / 写 2 / 跳过 0"), settle);
            assertEquals("SETTLED", fixtures.status(second));

            WebElement link = browser.find(By.cssSelector(row(run) + " a.payment-file"));
            long paymentFile = Long.parseLong(exitStatus.replaceAll(".*paymentFile=", ""));
            byte[] downloaded = download(browser, link.getAttribute("href"), "text/csv");
            assertEquals(fixtures.text("SELECT sha256 FROM payment_file WHERE id = ?", paymentFile),
                    HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(downloaded)));
            assertTrue(new String(downloaded, StandardCharsets.UTF_8).contains(first), "the file pays the claims");

            // Each member has a unit of their own: beside the run, one print batch of one letter per unit.
            browser.waitUntil(d -> d.findElements(By.cssSelector(row(run) + " a.print-batch")).size() == 2);
            List<String> batches = browser.texts(By.cssSelector(row(run) + " ul.print-batches li"));
            assertTrue(batches.stream().allMatch(batch -> batch.startsWith("测试单位") && batch.endsWith("：1 份")),
                    batches::toString);
            assertTrue(browser.driver.findElements(By.cssSelector(row(dryRun) + " a.print-batch")).isEmpty(),
                    "a dry run issues no letters");
            byte[] batch = download(browser, browser.find(By.cssSelector(row(run) + " a.print-batch"))
                    .getAttribute("href"), "application/pdf");
            assertTrue(new String(batch, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"), "the link gives the PDF");

            List<BankReturns.Sent> rows = BankReturns.rowsOf(fixtures, paymentFile);
            List<String> answers = BankReturns.answering(rows, Map.of(second, "账户已冻结"));
            upload(browser, BankReturns.file(List.of(answers.get(0).replace(first, "HZ2099000001"), answers.get(1))));
            browser.waitUntil(d -> d.findElements(By.cssSelector("#mismatches li")).size() > 0);
            assertTrue(browser.texts(By.cssSelector("#mismatches li")).stream().anyMatch(t -> t.contains("HZ2099000001")),
                    () -> browser.texts(By.cssSelector("#mismatches li")).toString());
            assertEquals("SETTLED", fixtures.status(first), "a refused file changes nothing");

            upload(browser, BankReturns.file(answers));
            browser.waitUntil(d -> browser.text(By.id("return-result")).startsWith("回盘已导入"));
            assertTrue(browser.text(By.id("return-result")).contains("支付成功 1 笔，支付失败 1 笔，合计 760.00 元"),
                    () -> browser.text(By.id("return-result")));
            assertEquals("PAID", fixtures.status(first));
            assertEquals("PAYMENT_FAILED", fixtures.status(second));
        }
    }

    private static String row(long executionId) {
        return "#executions tr[data-execution='" + executionId + "']";
    }

    /** Submits the run form and returns the execution number the page reports. */
    private static long start(Browser browser) {
        browser.find(By.id("start-run")).click();
        browser.waitUntil(d -> EXECUTION_NO.matcher(browser.text(By.id("run-result"))).find());
        Matcher number = EXECUTION_NO.matcher(browser.text(By.id("run-result")));
        assertTrue(number.find());
        return Long.parseLong(number.group(1));
    }

    /** Waits until the page, following the run, shows it completed; returns its exit status, kept beside its words. */
    private static String completed(Browser browser, long executionId) {
        browser.waitUntil(d -> !d.findElements(By.cssSelector(row(executionId) + " .execution-status.COMPLETED"))
                .isEmpty());
        return browser.find(By.cssSelector(row(executionId) + " .exit-status")).getDomAttribute("data-exit-status");
    }

    private static void upload(Browser browser, String content) throws Exception {
        Path file = Files.createTempFile("bank-return-", ".csv");
        Files.writeString(file, content);
        browser.find(By.id("return-file")).sendKeys(file.toAbsolutePath().toString());
        browser.find(By.id("import-return")).click();
    }

    /** The link fetched over HTTP with the browser's own session, as a click on it would. */
    private static byte[] download(Browser browser, String href, String contentType) throws Exception {
        Cookie session = browser.driver.manage().getCookieNamed("JSESSIONID");
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), href);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(contentType));
        return response.body();
    }
}

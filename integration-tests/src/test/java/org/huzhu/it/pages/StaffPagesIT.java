package org.huzhu.it.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.huzhu.it.support.AgainstTheServer;
import org.huzhu.it.support.ApiClient;
import org.huzhu.it.support.Fixtures;
import org.huzhu.it.support.TestPeople;
import org.huzhu.it.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;

/** The workbench's menus by role, and registering and enrolling a member through the pages. */
class StaffPagesIT extends AgainstTheServer {

    private static final String SCRIPT_NAME = "<script>alert(1)</script>";
    private static final By RENEWAL_COLUMN = By.cssSelector("#enrollments tbody td:nth-child(5)");


    @Test
    void theWorkbenchOffersEachRoleItsOwnWork() throws Exception {
        ApiClient api = ApiClient.anonymous(base);
        try (Browser browser = Browser.open(base)) {
            assertEquals(List.of("受理理赔", "理赔列表", "会员登记", "单位登记", "名单导入"), cards(browser, TestUsers.create(api, "clerk")));
            assertEquals(List.of("理赔列表", "待审核", "收款变更", "困难帮扶"),
                    cards(browser, TestUsers.create(api, "reviewer")));
            assertEquals(List.of("理赔列表", "收款变更", "财务", "困难帮扶", "报表", "审计记录"),
                    cards(browser, TestUsers.create(api, "finance")));
            assertEquals(List.of("节假日", "审计记录"), cards(browser, TestUsers.create(api, "admin")));
        }
    }

    @Test
    void anIssuedPasswordIsReplacedOnThePasswordPage() throws Exception {
        TestUsers.Credentials issued = TestUsers.issue(ApiClient.anonymous(base), "clerk");
        String chosen = "Neu-" + issued.password();
        try (Browser browser = Browser.open(base)) {
            browser.signIn(issued);
            browser.waitFor(By.id("password-form"));
            assertTrue(browser.driver.getCurrentUrl().endsWith("/app/password.html"),
                    "an issued password takes its holder to the password page: " + browser.driver.getCurrentUrl());
            browser.open("claims.html");
            browser.waitFor(By.id("password-form"));
            assertTrue(browser.driver.getCurrentUrl().endsWith("/app/password.html"), "and keeps them there until it is changed");
            browser.type(By.id("currentPassword"), issued.password());
            browser.type(By.id("newPassword"), chosen);
            browser.type(By.id("confirmPassword"), chosen + "x");
            browser.find(By.cssSelector("#password-form button[type=submit]")).click();
            assertEquals("两次输入的新密码不一致",
                    browser.waitFor(By.cssSelector(".field-error[data-error-for='confirmPassword']")).getText());

            browser.type(By.id("confirmPassword"), chosen);
            browser.find(By.cssSelector("#password-form button[type=submit]")).click();
            assertTrue(browser.waitFor(By.cssSelector("#result .notice.ok")).getText().contains("密码已修改"));

            browser.signOut();
            browser.signIn(new TestUsers.Credentials(issued.username(), chosen));
            browser.waitFor(By.cssSelector("#cards .card"));
            assertTrue(browser.driver.findElements(By.id("change-password")).isEmpty(), "no reminder once it is changed");
        }
    }

    private static List<String> cards(Browser browser, TestUsers.Credentials user) {
        browser.signOut();
        browser.signIn(user);
        browser.waitFor(By.cssSelector("#cards .card"));
        List<String> cards = browser.texts(By.cssSelector("#cards .card h3"));
        List<String> menu = browser.texts(By.cssSelector("#nav a"));
        assertEquals(cards, menu.subList(1, menu.size()), "the header menu offers the same as the cards");
        return cards;
    }

    @Test
    void aMemberRegisteredOnThePageGetsTheirPasswordOnceAndMarkupInANameStaysText() throws Exception {
        ApiClient anonymous = ApiClient.anonymous(base);
        TestUsers.Credentials clerk = TestUsers.create(anonymous, "clerk");
        String unitCode = new Fixtures(anonymous.as(clerk)).unit();
        String idNumber = TestPeople.residentId(LocalDate.of(1990, 7, 1), true);

        try (Browser browser = Browser.open(base)) {
            browser.signIn(clerk);
            browser.open("members.html");
            browser.waitUntilOptions("unitCode");
            browser.select("unitCode", unitCode);
            browser.type(By.id("name"), SCRIPT_NAME);
            browser.type(By.id("idNumber"), idNumber);
            browser.type(By.id("phone"), "13912345678");
            browser.type(By.id("bankCard"), TestPeople.bankCard());
            browser.type(By.id("bankName"), "中国农业银行");
            browser.select("category", "EMPLOYEE");
            WebElement register = browser.find(By.cssSelector("#register-form button[type=submit]"));
            register.click();

            // The API refuses markup in a name: the message stands beside the field, the rest is kept.
            assertTrue(browser.waitFor(By.cssSelector(".field-error[data-error-for='name']")).getText().length() > 0);
            assertEquals("true", browser.find(By.id("name")).getDomAttribute("aria-invalid"));
            assertEquals(idNumber, browser.find(By.id("idNumber")).getDomProperty("value"));
            assertNoScriptRan(browser);

            browser.type(By.id("name"), "赵敏");
            register.click();
            String memberNo = browser.waitFor(By.id("new-member-no")).getText();
            assertTrue(browser.text(By.id("initial-password")).length() >= 8, "the initial password is shown");
            assertTrue(browser.text(By.id("register-result")).contains("只显示这一次"));
            assertEquals(0, browser.horizontalOverflow());

            renameInDatabase(memberNo, SCRIPT_NAME + "赵敏");
            browser.open("members.html");
            assertTrue(browser.driver.findElements(By.id("initial-password")).isEmpty(), "the password is shown only once");
            browser.type(By.id("q"), memberNo);
            browser.find(By.cssSelector("#search button")).click();
            browser.waitFor(By.linkText(memberNo));
            assertEquals(SCRIPT_NAME + "赵敏", browser.text(By.cssSelector("#members tbody td:nth-child(2)")));
            assertNoScriptRan(browser);
            browser.find(By.linkText(memberNo)).click();

            browser.waitFor(By.id("facts"));
            assertEquals(SCRIPT_NAME + "赵敏（" + memberNo + "）", browser.text(By.id("member-name")));
            assertEquals(SCRIPT_NAME + "赵敏", factFor(browser, "姓名"));
            assertEquals(idNumber.substring(0, 6) + "********" + idNumber.substring(14), factFor(browser, "身份证号"));
            assertNoScriptRan(browser);

            // Enrolled on the page in two consecutive years: the second is recognised as a renewal.
            assertTrue(enrol(browser, "2024-01-01", "2024-12-31", 1).contains("新参保"));
            assertTrue(enrol(browser, "2025-01-01", "2025-12-31", 2).contains("本次为续保"));
            assertEquals(List.of("新参保", "续保"), browser.texts(RENEWAL_COLUMN));
        }
    }

    /**
     * Gives a member a name the API would refuse (it rejects markup in names), as data that came
     * by another route, say a migration, could have: the pages must still show it as text.
     */
    private static void renameInDatabase(String memberNo, String name) throws SQLException {
        try (Connection connection = DriverManager.getConnection(System.getProperty("huzhu.test.db.url"),
                System.getProperty("huzhu.test.db.user"), System.getProperty("huzhu.test.db.password"));
             PreparedStatement update = connection.prepareStatement("UPDATE member SET name = ? WHERE member_no = ?")) {
            update.setString(1, name);
            update.setString(2, memberNo);
            assertEquals(1, update.executeUpdate(), "member " + memberNo + " renamed");
        }
    }

    /** No alert opened and the page holds no script elements beyond its own two. */
    private static void assertNoScriptRan(Browser browser) {
        assertThrows(NoAlertPresentException.class, () -> browser.driver.switchTo().alert(), "no script from data ran");
        assertEquals(2L, browser.driver.executeScript("return document.scripts.length;"), "only the page's own scripts");
    }

    /** Enrols the member in INPATIENT on the member page; returns the notice once the list has the new row. */
    private static String enrol(Browser browser, String start, String end, int enrolmentsAfter) {
        browser.waitUntilOptions("planCode");
        browser.select("planCode", "INPATIENT");
        browser.type(By.id("shares"), "2");
        browser.select("payer", "UNIT");
        browser.setDate(By.id("coverageStart"), start);
        browser.setDate(By.id("coverageEnd"), end);
        browser.find(By.cssSelector("#enrol-form button[type=submit]")).click();
        browser.waitUntil(driver -> driver.findElements(RENEWAL_COLUMN).size() == enrolmentsAfter);
        return browser.waitFor(By.id("enrolled")).getText();
    }

    private static String factFor(Browser browser, String term) {
        return browser.find(By.xpath("//dl[@id='facts']/dt[.='" + term + "']/following-sibling::dd[1]")).getText();
    }
}

package org.huzhu.it.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.huzhu.it.support.AgainstTheServer;
import org.huzhu.it.support.ApiClient;
import org.huzhu.it.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** app/audit.html: admin searches the audit trail for an account and reads its rows, newest first. */
class AuditPageIT extends AgainstTheServer {

    private static final By ROWS = By.cssSelector("#entries tbody tr");

    @Test
    void anAdminFindsTheAccountHeCreated() throws Exception {
        ApiClient api = ApiClient.anonymous(base);
        String username = TestUsers.create(api, "clerk").username();
        try (Browser browser = Browser.open(base)) {
            browser.signIn(TestUsers.admin(api));
            browser.open("audit.html");
            browser.waitUntilOptions("entity");
            browser.waitFor(By.cssSelector("#entries thead"));
            browser.select("entity", "ACCOUNT");
            browser.type(By.id("ref"), username);
            browser.find(By.cssSelector("#audit-form button[type=submit]")).click();
            browser.waitUntil(driver -> driver.findElements(ROWS).size() == 2
                    && driver.findElement(ROWS).getText().contains(username));

            List<String> rows = browser.texts(ROWS);
            assertTrue(rows.get(0).contains("CHANGE_PASSWORD"), "newest first: " + rows);
            assertTrue(rows.get(1).contains("admin") && rows.get(1).contains("账号") && rows.get(1).contains("CREATE"),
                    rows::toString);
            assertEquals("第 1 页", browser.text(By.id("page-number")));
            assertFalse(browser.find(By.id("next")).isEnabled(), "one page only");
        }
    }
}

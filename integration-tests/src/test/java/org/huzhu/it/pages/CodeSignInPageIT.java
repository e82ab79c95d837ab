package org.huzhu.it.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.sql.SQLException;
import org.huzhu.it.support.AgainstTheServer;
import org.huzhu.it.support.DatabaseFixtures;
import org.huzhu.it.support.RosterMembers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A member with no account signs in on a phone's screen (360 × 740) through the login page's code tab. */
class CodeSignInPageIT extends AgainstTheServer {

    @Test
    void aMemberSignsInWithTheCodeOnAPhone() throws IOException, SQLException {
        try (RosterMembers roster = new RosterMembers(); Browser browser = Browser.open(base)) {
            String phone = roster.freePhone();
            DatabaseFixtures.Member member = roster.withPhone("手机登录会员", phone);
            browser.driver.manage().window().setSize(new Dimension(360, 740));
            browser.driver.get(loginPage(base.toString()));
            browser.find(By.id("tab-code")).click();
            browser.type(By.id("code-phone"), phone);
            browser.find(By.id("send-code")).click();
            browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("code-notice"), "验证码已发送"));
            assertTrue(browser.text(By.id("send-code")).contains("秒后重新获取"), "the button counts down");
            assertEquals(0, browser.horizontalOverflow(), "the code tab fits a phone's width");
            browser.screenshot("code-sign-in-360");

            browser.type(By.id("code"), roster.codeSentTo(phone));
            browser.find(By.id("code-sign-in")).click();
            browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), member.name()));
            assertTrue(browser.driver.getCurrentUrl().contains("/app/"), browser.driver.getCurrentUrl());
        }
    }

    private static String loginPage(String base) {
        return (base.endsWith("/") ? base : base + "/") + "login.html";
    }
}

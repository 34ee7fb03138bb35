package org.leadbureau.portal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Browser;
import org.leadbureau.portal.it.BrowserJourney;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.StaffAccounts;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A staff member signs in, reaches the staff dashboard and the administration pages, and signs out. */
class StaffJourneyIT extends BrowserJourney {

    @Test
    void signInReachTheDashboardAndSignOut() {
        browser.get(Http.baseUrl() + "/staff/admin/users");
        assertTrue(browser.getCurrentUrl().contains("/login?next="), browser.getCurrentUrl());
        Browser.assertAccessible(browser, "Staff sign-in");

        browser.findElement(By.id("login:email")).sendKeys(StaffAccounts.ADMIN.email());
        browser.findElement(By.id("login:password")).sendKeys("not the password");
        Browser.submit(browser, "login:signIn");
        Browser.await(browser).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "The email or password is not right."));
        Browser.assertAccessible(browser, "Staff sign-in");

        browser.findElement(By.id("login:email")).clear();
        browser.findElement(By.id("login:email")).sendKeys(StaffAccounts.ADMIN.email());
        browser.findElement(By.id("login:password")).sendKeys(StaffAccounts.ADMIN.password());
        Browser.submit(browser, "login:signIn");
        waitForUrl("/staff/admin/users");
        assertEquals(Http.baseUrl() + "/staff/admin/users", browser.getCurrentUrl());
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("Staff accounts"));

        Map<String, String> headings = Map.of("/staff", "Staff area", "/staff/admin/users", "Staff accounts",
                "/staff/admin/audit", "Audit log", "/staff/account", "Your account");
        for (Map.Entry<String, String> page : headings.entrySet()) {
            browser.get(Http.baseUrl() + page.getKey());
            Browser.assertAccessible(browser, page.getValue());
        }

        Browser.submit(browser, By.cssSelector("form.sign-out button"));
        waitForUrl("/login?signedOut=true");
        assertTrue(browser.getPageSource().contains("You have signed out."));
        browser.get(Http.baseUrl() + "/staff");
        assertTrue(browser.getCurrentUrl().contains("/login?next="), "signed out for good");
    }

    @Test
    void aForgottenPasswordIsAskedForFromTheSignInPage() {
        browser.get(Http.baseUrl() + "/login");
        browser.findElement(By.linkText("Forgot your password?")).click();
        waitForUrl("/forgot-password");
        Browser.submit(browser, "forgot:send");
        Browser.await(browser).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "Enter your email address."));
        Browser.assertAccessible(browser, "Reset your password");

        browser.findElement(By.id("forgot:email")).sendKeys("someone@nowhere.example");
        Browser.submit(browser, "forgot:send");
        Browser.await(browser).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "belongs to an active staff account"));
        Browser.assertAccessible(browser, "Reset your password");

        browser.get(Http.baseUrl() + "/set-password?token=not-a-real-token");
        assertTrue(browser.findElement(By.id("main")).getText().contains("This link has expired or has already been used"));
        Browser.assertAccessible(browser, "Choose your password");
    }

    private static void waitForUrl(String part) {
        Browser.await(browser).until(ExpectedConditions.urlContains(part));
    }
}

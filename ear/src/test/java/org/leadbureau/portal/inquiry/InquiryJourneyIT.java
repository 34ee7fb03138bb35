package org.leadbureau.portal.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Browser;
import org.leadbureau.portal.it.BrowserJourney;
import org.leadbureau.portal.it.Database;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.StaffAccounts;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** A prospective site sends an inquiry (after correcting a mistake); staff assign it, answer it and close it. */
class InquiryJourneyIT extends BrowserJourney {

    @Test
    void sendAnInquiryThenStaffAssignReplyAndClose() throws Exception {
        InquiryApi.resetLimits();
        String email = "morgan.ellis@journey-inquiry.example";
        StaffAccounts.staff();

        browser.get(Http.baseUrl() + "/contact");
        Instant shown = Instant.now();
        assertEquals("Contact the Bureau", browser.findElement(By.tagName("h1")).getText());
        Browser.assertAccessible(browser, "Contact the Bureau");

        // A mistake first: the message appears next to the field, and what was typed stays.
        browser.findElement(By.id("contact:name")).sendKeys("Morgan Ellis");
        browser.findElement(By.id("contact:email")).sendKeys("morgan.ellis at journey");
        browser.findElement(By.id("contact:organisation")).sendKeys("Harbor County Public Defender");
        browser.findElement(By.id("contact:role")).sendKeys("Chief defender");
        browser.findElement(By.id("contact:jurisdiction")).sendKeys("Harbor County");
        new Select(browser.findElement(By.id("contact:state"))).selectByVisibleText("Oregon");
        new Select(browser.findElement(By.id("contact:stage"))).selectByValue("PLANNING");
        browser.findElement(By.cssSelector("input[name='contact:interests'][value='TRAINING']")).click();
        browser.findElement(By.cssSelector("input[name='contact:stakeholders'][value='PUBLIC_DEFENDER']")).click();
        browser.findElement(By.id("contact:message")).sendKeys("We are planning LEAD <and> need training for our team.");
        browser.findElement(By.id("contact:consent")).click();
        browser.findElement(By.id("contact:send")).click();
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#contact .ui-message-error")));
        String emailField = browser.findElements(By.cssSelector("#contact .field")).stream()
                .filter(field -> !field.findElements(By.id("contact:email")).isEmpty())
                .findFirst().orElseThrow().getText();
        assertTrue(emailField.contains("Please enter a valid email address"), emailField);
        assertEquals("Morgan Ellis", browser.findElement(By.id("contact:name")).getAttribute("value"));
        assertEquals("We are planning LEAD <and> need training for our team.",
                browser.findElement(By.id("contact:message")).getAttribute("value"));
        assertTrue(browser.findElement(By.cssSelector("input[name='contact:interests'][value='TRAINING']")).isSelected());
        Browser.assertAccessible(browser, "Contact the Bureau");

        var field = browser.findElement(By.id("contact:email"));
        field.clear();
        field.sendKeys(email);
        // A person needs more than the minimum time; make sure this one took it.
        InquiryApi.takeTimeToFillIn(shown);
        browser.findElement(By.id("contact:send")).click();
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("reference")));
        String reference = browser.findElement(By.id("reference")).getText();
        assertTrue(reference.matches("LEAD-\\d{4}-\\d{5}"), reference);
        assertEquals(List.of(email), Database.strings("select email from inquiry where reference = ?", reference));

        Browser.signIn(browser, StaffAccounts.STAFF);
        browser.get(Http.baseUrl() + "/staff/inquiries");
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.linkText(reference)));
        assertTrue(browser.findElement(By.id("inbox")).getText().contains("no answer yet"), "unanswered age shown");
        Browser.assertAccessible(browser, "Inquiries");

        browser.findElement(By.linkText(reference)).click();
        waitUntil(ExpectedConditions.textToBe(By.tagName("h1"), "Inquiry " + reference));
        new Select(browser.findElement(By.id("assign:assignee"))).selectByValue(StaffAccounts.STAFF.email());
        browser.findElement(By.id("assign:assignButton")).click();
        waitUntil(ExpectedConditions.textToBe(By.id("assignee-now"), StaffAccounts.STAFF.email()));

        browser.findElement(By.id("replyForm:reply")).sendKeys("Thank you: we will send you our training calendar.");
        browser.findElement(By.id("replyForm:send")).click();
        waitUntil(ExpectedConditions.textToBe(By.id("status-now"), "Responded"));
        assertTrue(browser.findElement(By.id("timeline")).getText().contains("we will send you our training calendar"));

        new Select(browser.findElement(By.id("statusForm:status"))).selectByValue("CLOSED");
        browser.findElement(By.id("statusForm:change")).click();
        waitUntil(ExpectedConditions.textToBe(By.id("status-now"), "Closed"));
        Browser.assertAccessible(browser, "Inquiry " + reference);
        assertEquals(List.of("CLOSED"), Database.strings("select status from inquiry where reference = ?", reference));
        InquiryApi.resetLimits();
    }

    private static void waitUntil(ExpectedCondition<?> condition) {
        Browser.await(browser).until(condition);
    }
}

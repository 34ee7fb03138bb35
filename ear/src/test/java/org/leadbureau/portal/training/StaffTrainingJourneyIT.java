package org.leadbureau.portal.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Browser;
import org.leadbureau.portal.it.BrowserJourney;
import org.leadbureau.portal.it.Database;
import org.leadbureau.portal.it.Dates;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.StaffAccounts;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A STAFF member schedules a training on the staff pages, publishes it and runs its roster: checks someone in,
 * filters the roster and downloads what the filter shows as CSV (recorded in the audit log).
 */
class StaffTrainingJourneyIT extends BrowserJourney {

    @BeforeAll
    static void signIn() {
        Browser.signIn(browser, StaffAccounts.staff());
    }

    @Test
    void createPublishCheckInAndExportTheFilteredRoster() throws Exception {
        String title = "Journey training " + UUID.randomUUID().toString().substring(0, 8);
        // A Tuesday in Chicago's summer time (CDT).
        LocalDate day = Dates.mondayAfterNextSpringChange(ZoneId.of("America/Chicago")).plusDays(1);

        browser.get(Http.baseUrl() + "/staff");
        browser.findElement(By.cssSelector("main a[href='/staff/trainings']")).click();
        wait(ExpectedConditions.urlToBe(Http.baseUrl() + "/staff/trainings"));
        Browser.assertAccessible(browser, "Trainings");
        browser.findElement(By.cssSelector("main a[href='/staff/trainings/new']")).click();
        wait(ExpectedConditions.urlToBe(Http.baseUrl() + "/staff/trainings/new"));

        // A wrongly written time and a missing title are refused together, each next to its field and in the
        // summary; what was typed stays in the fields (the date pickers take typed values), and nothing is created.
        browser.findElement(By.id("training:description")).sendKeys("Working with people in crisis.");
        browser.findElement(By.id("training:start_input")).sendKeys("next Tuesday");
        browser.findElement(By.id("training:end_input")).sendKeys(day + " 11:00");
        Browser.submit(browser, "training:save");
        assertTrue(text("training:start-error").contains("YYYY-MM-DD HH:MM"), text("training:start-error"));
        assertEquals("Please give the training a title.", text("training:title-error"));
        assertTrue(text("errorSummary").contains("Please give the training a title.") && text("errorSummary").contains("YYYY-MM-DD HH:MM"),
                text("errorSummary"));
        assertEquals("next Tuesday", browser.findElement(By.id("training:start_input")).getAttribute("value"));
        assertEquals(day + " 11:00", browser.findElement(By.id("training:end_input")).getAttribute("value"));
        Browser.assertAccessible(browser, "New training");

        browser.findElement(By.id("training:title")).sendKeys(title);
        browser.findElement(By.id("training:start_input")).clear();
        browser.findElement(By.id("training:start_input")).sendKeys(day + " 09:30");
        new Select(browser.findElement(By.id("training:zone"))).selectByVisibleText("America/Chicago");
        browser.findElement(By.id("training:joinLink")).sendKeys("https://meet.example.org/journey");
        browser.findElement(By.id("training:capacity")).clear();
        browser.findElement(By.id("training:capacity")).sendKeys("12");
        Browser.submit(browser, "training:save");
        wait(ExpectedConditions.urlMatches("/staff/trainings/journey-training-[a-z0-9-]+$"));
        String slug = browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);
        assertEquals("Draft", text("trainingStatus"));
        assertFalse(Http.page(Http.get("/trainings"), "Upcoming trainings").contains(title), "a draft is not public");

        Browser.submit(browser, "actions:publish");
        assertEquals("Published", text("trainingStatus"));
        assertTrue(Http.get("/trainings").body().contains(title), "published trainings are listed");
        String shown = day.format(DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.US)) + ", 9:30 AM – 11:00 AM CDT";
        assertTrue(Http.get("/trainings/" + slug).body().contains(shown), "shown in the training's zone: " + shown);

        assertEquals(201, TrainingApi.register(slug, "Pat Journey", "pat@journey.example").statusCode());
        assertEquals(201, TrainingApi.register(slug, "Sam Other", "sam@journey.example").statusCode());
        browser.get(Http.baseUrl() + "/staff/trainings/" + slug);
        Browser.assertAccessible(browser, title);

        Browser.submit(browser, By.xpath("//tr[td[normalize-space()='pat@journey.example']]//button[normalize-space()='Check in']"));
        assertTrue(Browser.announced(browser).contains("Checked in."), Browser.announced(browser));
        assertEquals("Attended", rowStatus("pat@journey.example"));
        assertEquals("Confirmed", rowStatus("sam@journey.example"));

        // A check-in pressed on the wrong row is taken back, and both are in the audit log in words.
        Browser.submit(browser, By.xpath("//tr[td[normalize-space()='sam@journey.example']]//button[normalize-space()='Check in']"));
        assertEquals("Attended", rowStatus("sam@journey.example"));
        Browser.submit(browser, By.xpath("//tr[td[normalize-space()='sam@journey.example']]//button[normalize-space()='Undo check-in']"));
        assertTrue(Browser.announced(browser).contains("Check-in undone"), Browser.announced(browser));
        assertEquals("Confirmed", rowStatus("sam@journey.example"));
        assertEquals(1, Database.count("select count(*) from audit_event where action = 'CHECK_IN_UNDONE' and subject = ?",
                "training " + slug));
        assertEquals(1, Database.count("select count(*) from audit_event where action = 'TRAINING_PUBLISHED' and subject = ?",
                "training " + slug));

        new Select(browser.findElement(By.id("status"))).selectByVisibleText("Attended");
        browser.findElement(By.id("q")).sendKeys("journey");
        browser.findElement(By.id("filter")).click();
        wait(ExpectedConditions.urlContains("status=ATTENDED"));
        assertEquals(1, browser.findElements(By.cssSelector("table.roster tbody tr")).size());
        Browser.assertAccessible(browser, title);

        String export = browser.findElement(By.id("export")).getAttribute("href");
        assertTrue(export.endsWith("/api/staff/trainings/" + slug + "/registrations?format=csv&status=ATTENDED&q=journey"), export);
        // The link works with the page's sign-in, and the download is audited.
        String csv = (String) ((JavascriptExecutor) browser).executeAsyncScript(
                "fetch(arguments[0]).then(r => r.text()).then(arguments[arguments.length - 1]);", export);
        assertEquals(2, csv.lines().count(), csv);
        assertTrue(csv.contains("pat@journey.example") && csv.contains("ATTENDED"), csv);
        assertEquals(1, Database.count("select count(*) from audit_event where action = 'DATA_EXPORTED' and subject = ?"
                + " and detail like ?", "training " + slug, "%status ATTENDED, text \"journey\"%"));
    }

    @Test
    void editSeatFromTheWaitlistCancelARegistrationAndCancelTheTrainingEachAskingFirstWhereItCannotBeUndone() throws Exception {
        LocalDate day = LocalDate.now().plusWeeks(6);
        String title = "Journey roster " + UUID.randomUUID();
        String slug = Http.json(Http.send(HttpRequest.newBuilder(Http.uri("/api/staff/trainings"))
                .header("Authorization", StaffAccounts.staff().basic()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"" + title + "\","
                        + "\"description\":\"Soon gone.\",\"format\":\"VIRTUAL\",\"start\":\"" + day + "T10:00\","
                        + "\"end\":\"" + day + "T11:00\",\"zone\":\"UTC\",\"capacity\":1,\"status\":\"PUBLISHED\"}")).build()))
                .getString("slug");
        assertEquals(201, TrainingApi.register(slug, "First Seated", "first@roster-journey.example").statusCode());
        assertEquals(201, TrainingApi.register(slug, "Second Waiting", "second@roster-journey.example").statusCode());
        assertEquals(201, TrainingApi.register(slug, "Third Waiting", "third@roster-journey.example").statusCode());

        browser.get(Http.baseUrl() + "/staff/trainings/" + slug + "/edit");
        Browser.assertAccessible(browser, "Edit " + title);
        browser.findElement(By.id("training:description")).clear();
        browser.findElement(By.id("training:description")).sendKeys("Moved to the afternoon.");
        browser.findElement(By.id("training:end_input")).clear();
        browser.findElement(By.id("training:end_input")).sendKeys(day + " 09:00");
        Browser.submit(browser, "training:save");
        assertEquals("The end must be after the start.", text("training:end-error"));
        browser.findElement(By.id("training:end_input")).clear();
        browser.findElement(By.id("training:end_input")).sendKeys(day + " 12:00");
        Browser.submit(browser, "training:save");
        wait(ExpectedConditions.urlToBe(Http.baseUrl() + "/staff/trainings/" + slug));
        assertTrue(Browser.announced(browser).contains("Saved."), Browser.announced(browser));

        // Out of turn: the third gets a seat before the second, and the training gains it.
        assertEquals("Waitlisted (2 in line)", rowStatus("third@roster-journey.example"));
        Browser.submit(browser, By.xpath("//tr[td[normalize-space()='third@roster-journey.example']]//button[normalize-space()='Give a seat']"));
        assertEquals("Confirmed", rowStatus("third@roster-journey.example"));
        assertEquals("Waitlisted (1 in line)", rowStatus("second@roster-journey.example"));
        assertEquals(List.of("2"), Database.strings("select capacity from training where slug = ?", slug));

        Browser.submit(browser, By.xpath("//tr[td[normalize-space()='first@roster-journey.example']]//button[normalize-space()='Cancel…']"));
        assertTrue(browser.getPageSource().contains("Cancel the registration of First Seated?"));
        Browser.submit(browser, "pending:yes");
        assertEquals("Cancelled", rowStatus("first@roster-journey.example"));
        assertEquals("Confirmed", rowStatus("second@roster-journey.example"), "the freed seat goes to the waitlist");

        // The second comes from Santa Fe: staff record it, chosen from the directory as they type.
        Browser.submit(browser, By.xpath("//tr[td[normalize-space()='second@roster-journey.example']]//button[normalize-space()='Site…']"));
        browser.findElement(By.id("placing:placeAt_input")).sendKeys("Santa F");
        By santaFe = By.xpath("//li[contains(@class,'ui-autocomplete-item') and normalize-space()='Santa Fe LEAD (NM)']");
        wait(ExpectedConditions.elementToBeClickable(santaFe));
        browser.findElement(santaFe).click();
        Browser.assertAccessible(browser, title);
        Browser.submit(browser, "placing:save");
        assertTrue(browser.getPageSource().contains("Site changed to Santa Fe LEAD (NM)."));
        assertEquals("Santa Fe LEAD", browser.findElement(By.xpath("//tr[td[normalize-space()='second@roster-journey.example']]"
                + "/td[contains(@class,'roster-site')]")).getText());
        assertEquals(List.of("santa-fe-lead"), Database.strings("select s.slug from training_registration r join site s"
                + " on s.id = r.site_id where r.email = ?", "second@roster-journey.example"));

        Browser.submit(browser, "actions:cancelTraining");
        assertTrue(browser.getPageSource().contains("Cancel this training?"));
        Browser.assertAccessible(browser, title);
        Browser.submit(browser, "confirmCancel:no");
        assertEquals("Published", text("trainingStatus"));

        Browser.submit(browser, "actions:cancelTraining");
        Browser.submit(browser, "confirmCancel:yes");
        assertEquals("Cancelled", text("trainingStatus"));
        assertEquals(0, browser.findElements(By.id("actions:cancelTraining")).size());
        assertEquals(0, Database.count("select count(*) from training_registration r join training t on t.id = r.training_id"
                + " where t.slug = ? and r.status in ('CONFIRMED', 'WAITLISTED')", slug));
    }

    private static String rowStatus(String email) {
        return browser.findElement(By.xpath("//table[contains(@class,'roster')]//tr[td[normalize-space()='" + email
                + "']]/td[contains(@class,'roster-status')]")).getText();
    }

    private static String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private static void wait(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
        Browser.await(browser).until(condition);
    }
}

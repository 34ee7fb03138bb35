package org.leadbureau.portal.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Browser;
import org.leadbureau.portal.it.BrowserJourney;
import org.leadbureau.portal.it.Database;
import org.leadbureau.portal.it.Http;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A practitioner finds a training, registers, opens their registration from the link, cancels it and registers again.
 */
class TrainingJourneyIT extends BrowserJourney {

    @Test
    void registerSeeTheConfirmationOpenTheManageLinkAndCancel() throws Exception {
        String title = TrainingApi.WEBINAR_TRAINING.title();
        browser.get(Http.baseUrl() + "/trainings");
        assertEquals("Upcoming trainings", browser.findElement(By.tagName("h1")).getText());
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fc-daygrid-event, .fc-event")));
        Browser.assertAccessible(browser, "Upcoming trainings");

        browser.findElement(By.linkText(title)).click();
        assertTrue(browser.getCurrentUrl().endsWith("/trainings/" + TrainingApi.WEBINAR), browser.getCurrentUrl());
        assertTrue(browser.findElement(By.cssSelector(".training-when")).getText().matches("(?s).*1:00 PM – 3:00 PM E[SD]T.*"));
        Browser.assertAccessible(browser, title);

        assertEquals("Name *", browser.findElement(By.cssSelector("label[for='register:name']")).getText(), "one asterisk");

        // A mistake first: the message appears next to the field.
        browser.findElement(By.id("register:name")).sendKeys("Robin Park");
        browser.findElement(By.id("register:email")).sendKeys("not an address");
        browser.findElement(By.id("register:submit")).click();
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#register .ui-message-error")));
        String emailField = browser.findElements(By.cssSelector("#register .field")).stream()
                .filter(field -> !field.findElements(By.id("register:email")).isEmpty())
                .findFirst().orElseThrow().getText();
        assertTrue(emailField.contains("Please enter a valid email address"), emailField);
        Browser.assertAccessible(browser, title);

        var email = browser.findElement(By.id("register:email"));
        email.clear();
        email.sendKeys("robin.park@journey.example");
        browser.findElement(By.id("register:organisation")).sendKeys("Harbor City Police");
        browser.findElement(By.id("register:submit")).click();

        assertTrue(shown(".outcome").contains("You are registered: your seat is confirmed."));
        browser.findElement(By.linkText("See or cancel your registration")).click();
        waitUntil(ExpectedConditions.urlContains("/registrations/"));

        assertTrue(browser.getCurrentUrl().contains("/registrations/"), browser.getCurrentUrl());
        assertEquals("Confirmed: you have a seat.", browser.findElement(By.cssSelector(".registration-status")).getText());
        assertEquals(TrainingApi.WEBINAR_TRAINING.joinLink(), browser.findElement(By.cssSelector(".join-link")).getText());
        Browser.assertAccessible(browser, "Your registration");

        browser.findElement(By.id("cancelForm:askCancel")).click();
        assertTrue(shown(".confirm").contains("Cancel your registration for"));
        assertEquals(1, Database.count("select count(*) from training_registration where email = ? and status = 'CONFIRMED'",
                "robin.park@journey.example"), "asking is not cancelling");
        browser.findElement(By.id("cancelForm:confirmCancel")).click();

        assertTrue(shown(".outcome").contains("Your registration is cancelled."));
        assertTrue(Browser.announced(browser).contains("Your registration is cancelled."), "in a live region: " + Browser.announced(browser));
        assertEquals("Cancelled.", browser.findElement(By.cssSelector(".registration-status")).getText());
        assertTrue(browser.findElements(By.cssSelector(".join-link")).isEmpty(), "no join link once cancelled");
        Browser.assertAccessible(browser, "Your registration");

        // Changed their mind: the same address registers again while the training takes registrations.
        browser.findElement(By.linkText("register again")).click();
        waitUntil(ExpectedConditions.urlContains("/trainings/" + TrainingApi.WEBINAR));
        browser.findElement(By.id("register:name")).sendKeys("Robin Park");
        browser.findElement(By.id("register:email")).sendKeys("robin.park@journey.example");
        browser.findElement(By.id("register:organisation")).sendKeys("Harbor City Police");
        // This time they name their LEAD site, chosen from the directory's suggestions as they type.
        browser.findElement(By.id("register:site_input")).sendKeys("Burien");
        waitUntil(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-autocomplete-item")));
        browser.findElement(By.cssSelector(".ui-autocomplete-item")).click();
        Thread.sleep(1_100); // the form's minimum fill time in the tests
        browser.findElement(By.id("register:submit")).click();
        assertTrue(shown(".outcome").contains("You are registered: your seat is confirmed."));
        assertEquals(1, Database.count("select count(*) from training_registration where email = ? and status = 'CONFIRMED'",
                "robin.park@journey.example"), "registered again after cancelling");
        assertEquals(List.of("lead-burien"), Database.strings("select s.slug from training_registration r join site s"
                + " on s.id = r.site_id where r.email = ? and r.status = 'CONFIRMED'", "robin.park@journey.example"));
    }

    @Test
    void unknownTrainingsAndRegistrationsAreNotFound() {
        assertEquals(404, Http.get("/trainings/no-such-training").statusCode());
        assertEquals(404, Http.get("/registrations/not-a-real-token").statusCode());
        assertEquals(404, Http.get("/trainings/" + TrainingApi.WEBINAR + "/extra").statusCode());
    }

    /** The text of an element once a submitted page shows it. */
    private static String shown(String css) {
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private static void waitUntil(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
        Browser.await(browser).until(condition);
    }
}

package org.leadbureau.portal.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Browser;
import org.leadbureau.portal.it.BrowserJourney;
import org.leadbureau.portal.it.Database;
import org.leadbureau.portal.it.Http;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Someone who attended a training opens the link from their mail, sends the form with an answer missing, reads
 * what is wrong next to it, corrects it and sends it: radio buttons, text areas and a plain submit, nothing that
 * needs JavaScript.
 */
class EvaluationJourneyIT extends BrowserJourney {

    @Test
    void answerAnEvaluationFromTheMailedLink() throws Exception {
        String email = "jo-" + UUID.randomUUID().toString().substring(0, 8) + "@evaluation-journey.test";
        EvaluationApi.Ended training = EvaluationApi.endedTraining("Journey workshop", email);
        EvaluationApi.attended(email);
        EvaluationApi.sendMail();
        String token = EvaluationApi.token(email, "How was it? " + training.title());

        browser.get(Http.baseUrl() + "/evaluations/" + token);
        assertTrue(browser.findElement(By.cssSelector("main")).getText().contains(training.title()));
        Browser.assertAccessible(browser, "Your evaluation");

        browser.findElement(By.cssSelector("input[name='evaluation:overall'][value='4']")).click();
        browser.findElement(By.cssSelector("input[name='evaluation:recommend'][value='true']")).click();
        browser.findElement(By.id("evaluation:change")).sendKeys("Call the case manager <before> booking.");
        browser.findElement(By.id("evaluation:send")).click();
        Browser.await(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("errorSummary")));
        String usefulness = browser.findElements(By.cssSelector("#evaluation fieldset")).get(1).getText();
        assertTrue(usefulness.contains("Please say how useful the training was for your work"), usefulness);
        assertTrue(browser.findElement(By.cssSelector("input[name='evaluation:overall'][value='4']")).isSelected(),
                "what was chosen stays");
        assertEquals("Call the case manager <before> booking.",
                browser.findElement(By.id("evaluation:change")).getAttribute("value"));
        Browser.assertAccessible(browser, "Your evaluation");

        browser.findElement(By.cssSelector("input[name='evaluation:usefulness'][value='5']")).click();
        browser.findElement(By.id("evaluation:send")).click();
        Browser.await(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("thanks")));
        assertTrue(browser.findElement(By.id("thanks")).getText().contains("Thank you: your answers are in."));
        Browser.assertAccessible(browser, "Your evaluation");
        assertEquals(1, Database.count("select count(*) from evaluation where email = ? and overall = 4 and usefulness = 5"
                + " and recommend = true and change_text = ? and respondent_name is null", email,
                "Call the case manager <before> booking."), "answered anonymously");
    }
}

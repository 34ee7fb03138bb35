package org.leadbureau.portal.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Browser;
import org.leadbureau.portal.it.BrowserJourney;
import org.leadbureau.portal.it.Database;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.StaffAccounts;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Staff add a question of their own to an ended training's evaluation and check in someone who came late (who is
 * mailed a link at once); an attendee opens the link from their mail, sends the form with an answer missing, reads
 * what is wrong next to it, corrects it and sends it: radio buttons, text areas and plain posts, nothing that needs
 * JavaScript.
 */
class EvaluationJourneyIT extends BrowserJourney {

    @Test
    void staffAddAQuestionAndAnAttendeeAnswersFromTheMailedLink() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String jo = "jo-" + run + "@evaluation-journey.test";
        String kim = "kim-" + run + "@evaluation-journey.test";
        EvaluationApi.Ended training = EvaluationApi.endedTraining("Journey workshop", jo, kim);
        String invitation = "How was it? " + training.title();

        Browser.signIn(browser, StaffAccounts.staff());
        browser.get(Http.baseUrl() + "/staff/trainings/" + training.slug());
        browser.findElement(By.id("evaluationQuestions:questionLabel")).sendKeys("Was the room comfortable?");
        new Select(browser.findElement(By.id("evaluationQuestions:questionKind"))).selectByVisibleText("Yes or no");
        browser.findElement(By.id("evaluationQuestions:addQuestion")).click();
        Browser.await(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Question added"));
        browser.findElement(By.cssSelector("button[aria-label='Check in Person kim-" + run + "']")).click();
        Browser.await(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Checked in"));
        assertEquals(1, EvaluationApi.subjects(kim).stream().filter(invitation::equals).count(),
                "checked in after the end: the link is mailed at once");
        assertTrue(browser.findElement(By.id("evaluationCounts")).getText().startsWith("1 invited, 0 answered"),
                browser.findElement(By.id("evaluationCounts")).getText());
        Browser.assertAccessible(browser, training.title());
        browser.findElement(By.cssSelector(".sign-out__button")).click();

        EvaluationApi.attended(jo);
        EvaluationApi.sendMail();
        String token = EvaluationApi.token(jo, invitation);
        String room = Database.strings("select q.id from evaluation_question q join training t on t.id = q.training_id"
                + " where t.slug = ?", training.slug()).get(0);
        browser.get(Http.baseUrl() + "/evaluations/" + token);
        assertTrue(browser.findElement(By.cssSelector("main")).getText().contains(training.title()));
        Browser.assertAccessible(browser, "Your evaluation");

        browser.findElement(By.cssSelector("input[name='evaluation:overall'][value='4']")).click();
        browser.findElement(By.cssSelector("input[name='evaluation:recommend'][value='true']")).click();
        browser.findElement(By.cssSelector("input[name='evaluation:answers" + room + "'][value='false']")).click();
        browser.findElement(By.id("evaluation:change")).sendKeys("Call the case manager <before> booking.");
        browser.findElement(By.id("evaluation:send")).click();
        Browser.await(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("errorSummary")));
        String usefulness = browser.findElements(By.cssSelector("#evaluation fieldset")).get(1).getText();
        assertTrue(usefulness.contains("Please say how useful the training was for your work"), usefulness);
        for (WebElement button : browser.findElements(By.cssSelector("input[name='evaluation:usefulness']"))) {
            Browser.assertErrorLinked(browser, By.id(button.getAttribute("id")),
                    "Please say how useful the training was for your work");
        }
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
                + " and recommend = true and change_text = ? and respondent_name is null", jo,
                "Call the case manager <before> booking."), "answered anonymously");
        assertEquals(1, Database.count("select count(*) from evaluation_answer a join evaluation e on e.id = a.evaluation_id"
                + " where e.email = ? and a.yes_no = false", jo), "staff's question answered");
    }
}

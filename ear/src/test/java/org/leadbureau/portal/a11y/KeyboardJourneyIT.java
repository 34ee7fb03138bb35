package org.leadbureau.portal.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.inquiry.InquiryApi;
import org.leadbureau.portal.it.Browser;
import org.leadbureau.portal.it.BrowserJourney;
import org.leadbureau.portal.it.Database;
import org.leadbureau.portal.it.Dates;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.StaffAccounts;
import org.leadbureau.portal.it.TestTrainings;
import org.leadbureau.portal.library.control.TestDocuments;
import org.leadbureau.portal.visits.VisitApi;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The public and staff journeys done with the keyboard alone (WCAG 2.1.1, 2.1.2, 2.4.3, 2.4.7, 3.3.1, 4.1.3): Tab,
 * Shift+Tab, Enter, Space, arrows and typing, never a click. Focus goes through each form in order and shows where
 * it is; a refused field says why, in a live region its aria-describedby names.
 */
class KeyboardJourneyIT extends BrowserJourney {

    private Keyboard keyboard;

    @BeforeAll
    static void lessMotion() {
        Keyboard.withoutMotion(browser, true);
    }

    @AfterAll
    static void usualMotion() {
        Keyboard.withoutMotion(browser, false);
    }

    @Test
    void registerForATraining() throws Exception {
        TestTrainings training = TestTrainings.training("Keyboard training");
        String slug = training.publish();
        open("/trainings/" + slug, training.title());
        Instant shown = Instant.now();

        keyboard.tabTo(By.id("register:name"));
        keyboard.press("Robin Keys");
        next("register:email", "robin at keys");
        next("register:organisation", "Harbor City Police");
        WebElement submit = keyboard.tabTo(By.id("register:submit"));
        // Backwards: the field before the button is the last one of the form.
        keyboard.shiftTab();
        keyboard.assertFocusOn(By.id("register:answers"));
        keyboard.tab();
        assertEquals(submit, keyboard.focused());
        send(Keys.ENTER);

        correctTheEmail("register", "robin.keys@keyboard.example");
        InquiryApi.takeTimeToFillIn(shown);
        keyboard.tabTo(By.id("register:submit"));
        send(Keys.SPACE);
        Browser.await(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".outcome")));
        assertTrue(Browser.announced(browser).contains("You are registered: your seat is confirmed."), Browser.announced(browser));
        assertEquals(1, Database.count("select count(*) from training_registration where email = ? and status = 'CONFIRMED'",
                "robin.keys@keyboard.example"));
    }

    @Test
    void sendAnInquiry() throws Exception {
        InquiryApi.resetLimits();
        open("/contact", "Contact the Bureau");
        Instant shown = Instant.now();

        keyboard.tabTo(By.id("contact:name"));
        keyboard.press("Morgan Keys");
        next("contact:email", "morgan at keys");
        next("contact:phone");
        next("contact:organisation", "Harbor County Public Defender");
        next("contact:role", "Chief defender");
        next("contact:jurisdiction", "Harbor County");
        // A closed native menu: typing picks the option that starts so, an arrow the next one.
        next("contact:state", "Oregon");
        assertEquals("Oregon", new Select(browser.findElement(By.id("contact:state"))).getFirstSelectedOption().getText());
        next("contact:stage");
        keyboard.tabTo(By.cssSelector("input[name='contact:interests'][value='TRAINING']"));
        keyboard.press(Keys.SPACE);
        keyboard.tabTo(By.cssSelector("input[name='contact:stakeholders'][value='PUBLIC_DEFENDER']"));
        keyboard.press(Keys.SPACE);
        keyboard.tabTo(By.id("contact:message"));
        keyboard.press("We are planning LEAD and need training.");
        next("contact:consent");
        keyboard.press(Keys.SPACE);
        next("contact:send");
        // Backwards, the same way: the consent box is just before the button.
        keyboard.shiftTab();
        keyboard.assertFocusOn(By.id("contact:consent"));
        keyboard.tab();
        send(Keys.ENTER);

        correctTheEmail("contact", "morgan.keys@keyboard.example");
        // The stage was left out: its native menu is marked too.
        Browser.assertErrorLinked(browser, By.id("contact:stage"), "Please tell us where your community stands with LEAD.");
        keyboard.tabTo(By.id("contact:stage"));
        keyboard.press(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
        assertEquals("PLANNING", new Select(browser.findElement(By.id("contact:stage"))).getFirstSelectedOption().getAttribute("value"));
        assertTrue(browser.findElement(By.cssSelector("input[name='contact:interests'][value='TRAINING']")).isSelected());
        InquiryApi.takeTimeToFillIn(shown);
        keyboard.tabTo(By.id("contact:send"));
        send(Keys.ENTER);
        String reference = Browser.await(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("reference"))).getText();
        assertTrue(Browser.announced(browser).contains(reference), Browser.announced(browser));
        assertEquals(List.of("morgan.keys@keyboard.example"), Database.strings("select email from inquiry where reference = ?", reference));
        InquiryApi.resetLimits();
    }

    @Test
    void bookASiteVisitWithTheForm() {
        StaffAccounts.Account trainer = VisitApi.newTrainer("Kim Keys");
        signIn(trainer);
        open("/staff/visits", "Site visits");

        // The site menu: opened with Space (PrimeFaces 15: Enter only picks from an open menu), filtered by typing,
        // the first match taken with Enter. Its focus is on its label, a combobox.
        By siteMenu = By.id("visitForm:site_label");
        keyboard.tabTo(siteMenu);
        assertEquals("combobox", keyboard.focused().getAttribute("role"));
        keyboard.press(Keys.SPACE);
        WebElement filter = Browser.await(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("visitForm:site_filter")));
        assertEquals(filter, keyboard.focused(), "the filter takes focus when the menu opens: " + keyboard.describeFocused());
        keyboard.press("Santa Fe");
        Browser.await(browser).until(page -> page.findElements(By.cssSelector("[id='visitForm:site_panel'] li.ui-selectonemenu-item"))
                .stream().filter(WebElement::isDisplayed).allMatch(item -> item.getText().contains("Santa Fe")));
        keyboard.press(Keys.ENTER);
        Browser.await(browser).until(ExpectedConditions.textToBe(By.id("visitForm:site_label"), "Santa Fe LEAD (NM)"));
        keyboard.assertFocusOn(siteMenu);

        next("visitForm:purpose", "Keyboard workshop");
        next("visitForm:topics");
        // A radio group is one stop: the arrow moves the choice.
        keyboard.tab();
        keyboard.assertFocusOn(By.cssSelector("input[name='visitForm:format'][value='ON_SITE']"));
        keyboard.press(Keys.ARROW_RIGHT);
        assertTrue(browser.findElement(By.cssSelector("input[name='visitForm:format'][value='VIRTUAL']")).isSelected());

        // The times are typed into the date pickers; the picker's button opens its calendar, and Escape closes it.
        int year = Dates.nextYear();
        next("visitForm:start_input");
        keyboard.press(year + "-09-14 09:00");
        keyboard.tabTo(By.cssSelector("[id='visitForm:start'] button"));
        keyboard.press(Keys.ENTER);
        Browser.await(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("visitForm:start_panel")));
        keyboard.press(Keys.ESCAPE);
        Browser.await(browser).until(ExpectedConditions.invisibilityOfElementLocated(By.id("visitForm:start_panel")));
        keyboard.tabTo(By.id("visitForm:end_input"));
        keyboard.press(year + "-09-14 12:00");

        keyboard.tabTo(By.cssSelector("#visitForm input[type=checkbox][value='" + trainer.email() + "']"));
        keyboard.press(Keys.SPACE);
        keyboard.tabTo(By.id("visitForm:contactName"));
        keyboard.press("Pat Partner");
        next("visitForm:contactEmail", "pat@partner.example");
        // Back to the top of the form and down again: no widget holds focus either way.
        keyboard.shiftTabTo(siteMenu);
        keyboard.tabTo(By.id("visitForm:book"));
        send(Keys.ENTER);

        Browser.await(browser).withMessage(() -> "not booked: " + browser.findElement(By.id("main")).getText())
                .until(ExpectedConditions.urlMatches(".*/staff/visits/[0-9]+$"));
        assertTrue(Browser.announced(browser).contains("Visit booked: “Keyboard workshop” is requested."), Browser.announced(browser));
        assertTrue(browser.findElement(By.id("visitWhen")).getText().contains("9:00 AM"), browser.findElement(By.id("visitWhen")).getText());
    }

    @Test
    void uploadALibraryDocument() throws Exception {
        String title = "Keyboard upload " + Long.toString(System.nanoTime(), 36);
        Path pdf = Files.createTempFile("keyboard-upload", ".pdf");
        Files.write(pdf, TestDocuments.pdf("Navigators keep the keyboard checklist by the door.", null));
        signIn(StaffAccounts.staff());
        open("/staff/library", "Library curation");

        // The file button takes focus; what its dialog would do, Selenium does: the path goes into the file input.
        keyboard.tabTo(By.cssSelector("[id='editor:file'] .ui-fileupload-choose, [id='editor:file_input']"));
        browser.findElement(By.id("editor:file_input")).sendKeys(pdf.toString());
        Browser.await(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:file-message"), "is ready"));
        assertTrue(Browser.announced(browser).contains("is ready"), Browser.announced(browser));

        keyboard.tabTo(By.id("editor:title"));
        keyboard.press(title);
        next("editor:summary", "A checklist for navigators.");
        keyboard.tabTo(By.xpath("//input[@id=//label[normalize-space()='Policing']/@for]"));
        keyboard.press(Keys.SPACE);
        keyboard.tabTo(By.id("editor:save"));
        keyboard.press(Keys.ENTER);
        Browser.await(browser).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//table//tr[td[normalize-space()='" + title + "']]")));
        assertEquals(List.of("DRAFT"), Database.strings("select status from library_resource where title = ?", title));
        // The form was drawn again: focus is back on its button, not at the start of the page.
        keyboard.assertFocusOn(By.id("editor:save"));
    }

    /** Loads a page as a keyboard user meets it: focus at its start. */
    private void open(String path, String heading) {
        browser.get(Http.baseUrl() + path);
        Browser.await(browser).until(ExpectedConditions.textToBe(By.tagName("h1"), heading));
        keyboard = new Keyboard(browser);
    }

    /** Signs in on the sign-in page with the keyboard: Enter in the password field sends the form. */
    private void signIn(StaffAccounts.Account account) {
        ((ChromeDriver) browser).executeCdpCommand("Network.clearBrowserCookies", Map.of());
        open("/login", "Staff sign-in");
        keyboard.tabTo(By.id("login:email"));
        keyboard.press(account.email());
        next("login:password");
        keyboard.press(account.password(), Keys.ENTER);
        Browser.await(browser).until(page -> !page.getCurrentUrl().contains("/login"));
    }

    /** One Tab press must bring focus to the input with this id: the order of the form. */
    private void next(String id) {
        keyboard.tab();
        keyboard.assertFocusOn(By.id(id));
    }

    /** The next input must be the one with this id; this is typed into it. */
    private void next(String id, String text) {
        next(id);
        keyboard.press(text);
    }

    /** Presses a key on the focused button, which sends the form, and waits for the page that answers. */
    private void send(CharSequence key) {
        WebElement button = keyboard.focused();
        keyboard.press(key);
        Browser.await(browser).until(ExpectedConditions.stalenessOf(button));
        Browser.await(browser).until(page -> "complete".equals(((ChromeDriver) page).executeScript("return document.readyState")));
        keyboard.newPage();
    }

    /**
     * The refused form: focus is on the summary of its errors; its link leads to the email field, which is marked
     * invalid and described by its message in a live region; the address is typed again.
     */
    private void correctTheEmail(String form, String email) {
        By field = By.id(form + ":email");
        Browser.assertErrorLinked(browser, field, "Please enter a valid email address");
        keyboard.assertFocusOn(By.id("errorSummary"));
        keyboard.tabTo(By.cssSelector("#errorSummary a[href='#" + form + ":email']"));
        keyboard.press(Keys.ENTER);
        Browser.await(browser).until(page -> field.findElement(page).equals(page.switchTo().activeElement()));
        keyboard.retype(email);
    }
}

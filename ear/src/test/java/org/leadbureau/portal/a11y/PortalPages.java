package org.leadbureau.portal.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.leadbureau.portal.evaluation.EvaluationApi;
import org.leadbureau.portal.inquiry.InquiryApi;
import org.leadbureau.portal.it.Browser;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.StaffAccounts;
import org.leadbureau.portal.it.TestResources;
import org.leadbureau.portal.it.TestTrainings;
import org.leadbureau.portal.visits.VisitApi;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every page of the portal, for the tests that look at all of them: each view of the web module's sources (a
 * {@code .xhtml} outside WEB-INF) and the addresses that show it, as the person who uses it, with the things its
 * detail pages show made through the API. A view missing here fails {@code EveryPageAxeIT}.
 */
final class PortalPages {

    /** Who looks at a page: public pages are looked at in English and in Spanish. */
    enum Who { VISITOR, TRAINER, ADMIN }

    /**
     * One look at a page: {@code path} opened as {@code who}, then {@code then} done to it (a submit, a click); the
     * page that shows must be {@code view}. {@code state} says what is looked at, in failures.
     */
    record Scan(String view, Who who, String path, String state, Consumer<WebDriver> then) {

        Scan then(String what, Consumer<WebDriver> action) {
            return new Scan(view, who, path, what, action);
        }

        /** The same page after its form is sent empty, as it shows its errors. */
        Scan submittingEmpty(String button) {
            return then("after an empty " + button, driver -> submitShowingErrors(driver, button));
        }

        /** The addresses to open: a public page in each language, a staff page as it is. */
        List<String> addresses() {
            return who == Who.VISITOR ? List.of(in(path, "en"), in(path, "es")) : List.of(path);
        }

        /** Opens the page at {@code address} and does {@link #then}; answers why it is not the page meant, or null. */
        String open(WebDriver driver, String address) {
            try {
                driver.get(Http.baseUrl() + address);
                if (then != null) {
                    then.accept(driver);
                }
                String expected = view + ".xhtml";
                Browser.await(driver).until(page -> expected.equals(((JavascriptExecutor) page).executeScript(
                        "return document.readyState === 'complete' && document.body.dataset.view;")));
                return null;
            } catch (TimeoutException | NoSuchElementException e) {
                return "not the page meant: " + driver.getCurrentUrl() + " shows view "
                        + ((JavascriptExecutor) driver).executeScript("return document.body && document.body.dataset.view;")
                        + " (" + e.getMessage().lines().findFirst().orElse("") + ")";
            }
        }

        String describe(String address) {
            return address + (state == null ? "" : " (" + state + ")");
        }
    }

    /** Views looked at by a test of their own, and why. */
    static final Map<String, String> SCANNED_ELSEWHERE = Map.of(
            "/setup", "FirstAdministratorIT (profile restarts): the page exists only while no administrator does");

    private static List<Scan> all;

    private PortalPages() {
    }

    /** Every view present in the sources, named as the page's {@code data-view} names it without ".xhtml", sorted. */
    static List<String> views() {
        Path webapp = Path.of(System.getProperty("portal.sources.dir"), "web/src/main/webapp");
        try (Stream<Path> files = Files.walk(webapp)) {
            return files.map(webapp::relativize)
                    .filter(file -> file.toString().endsWith(".xhtml") && !file.startsWith("WEB-INF"))
                    .map(file -> "/" + file.toString().replace('\\', '/').replaceFirst("\\.xhtml$", ""))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The address in a language: {@code lang=} added to the address's own query, if any. */
    static String in(String path, String language) {
        return path + (path.contains("?") ? "&" : "?") + "lang=" + language;
    }

    /** Every view and the looks at it, made once per run (with what they show). */
    static synchronized List<Scan> all() {
        if (all == null) {
            all = make();
        }
        return all;
    }

    private static List<Scan> make() {
        String training = TestTrainings.training("Every page").publish();
        var registered = Http.post("/api/trainings/" + training + "/registrations", Json.createObjectBuilder()
                .add("name", "Ari Axe").add("email", "ari-" + UUID.randomUUID() + "@every-page.test")
                .add("organisation", "Test County").add("role", "Officer").add("jurisdiction", "Springfield, IL")
                .build().toString());
        assertEquals(201, registered.statusCode(), registered.body());
        String registration = Http.json(registered).getString("manageToken");

        String attendee = "eve-" + UUID.randomUUID() + "@every-page.test";
        String evaluation;
        String ended;
        String inquiry;
        try {
            ended = EvaluationApi.endedTraining("Every page ended", attendee).slug();
            EvaluationApi.attended(attendee);
            EvaluationApi.sendMail();
            evaluation = EvaluationApi.token(attendee, "");
            InquiryApi.resetLimits();
            inquiry = InquiryApi.submit("inquirer-" + UUID.randomUUID() + "@every-page.test", body -> { });
            InquiryApi.resetLimits();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        String resource = TestResources.upload("Every page guide " + UUID.randomUUID(), "guide.txt",
                "A guide for officers on diversion.", "PUBLISHED");

        LocalDate day = LocalDate.now().plusYears(3).plusDays(40);
        var booked = VisitApi.create(VisitApi.visit("santa-fe-lead", "Every page visit", "VIRTUAL", day + "T09:00",
                day + "T10:00", StaffAccounts.trainer()), StaffAccounts.ADMIN);
        assertEquals(201, booked.statusCode(), booked.body());
        String visit = String.valueOf(Http.json(booked).getJsonNumber("id").longValue());

        String invited = "invited-" + UUID.randomUUID() + "@every-page.test";
        var created = StaffAccounts.admin("POST", "/api/staff/admin/users",
                "{\"email\":\"" + invited + "\",\"name\":\"Ina Invited\",\"roles\":[\"STAFF\"]}");
        assertEquals(201, created.statusCode(), created.body());
        String setPassword = StaffAccounts.lastLink(invited, "Your LEAD Bureau Portal account");

        return List.of(
                visitor("/index", "/"),
                visitor("/about", "/about"),
                visitor("/about", "/about/what-is-lead"),
                visitor("/api-docs", "/api-docs"),
                visitor("/contact", "/contact"),
                visitor("/contact", "/contact").submittingEmpty("contact:send"),
                visitor("/evaluations", "/evaluations/" + evaluation),
                visitor("/evaluations", "/evaluations/" + evaluation).submittingEmpty("evaluation:send"),
                visitor("/forgot-password", "/forgot-password"),
                visitor("/forgot-password", "/forgot-password").submittingEmpty("forgot:send"),
                visitor("/library", "/library"),
                visitor("/library", "/library/" + resource),
                visitor("/login", "/login"),
                visitor("/login", "/login").submittingEmpty("login:signIn"),
                visitor("/registrations", "/registrations/" + registration),
                visitor("/registrations", "/registrations/" + registration)
                        .then("asking to cancel", driver -> Browser.submit(driver, "cancelForm:askCancel")),
                visitor("/search", "/search?q=diversion"),
                visitor("/search", "/search?q=zzqqxxy"),
                visitor("/set-password", "/set-password?token=" + setPassword),
                visitor("/set-password", "/set-password?token=" + setPassword).submittingEmpty("choose:save"),
                visitor("/sites", "/sites"),
                visitor("/sites", "/sites?view=map"),
                visitor("/sites", "/sites/santa-fe-lead"),
                visitor("/trainings", "/trainings").then("with its calendar", PortalPages::calendarShown),
                visitor("/trainings", "/trainings/" + training),
                visitor("/trainings", "/trainings/" + training).submittingEmpty("register:submit"),
                visitor("/errors/404", "/no-such-page"),
                // Shown by the container for any uncaught exception, which no page is meant to throw.
                visitor("/errors/500", "/errors/500"),
                // A form sent after its session ended (the session cookie gone) finds its view expired.
                visitor("/errors/expired", "/set-password?token=" + setPassword).then("after the session ended", driver -> {
                    driver.manage().deleteCookieNamed("JSESSIONID");
                    Browser.submit(driver, "choose:save");
                }),
                new Scan("/errors/403", Who.TRAINER, "/staff/admin", "as a trainer", null),
                admin("/staff", "/staff"),
                admin("/staff/account", "/staff/account"),
                admin("/staff/account", "/staff/account").submittingEmpty("password:change"),
                admin("/staff/admin", "/staff/admin"),
                admin("/staff/admin/audit", "/staff/admin/audit"),
                admin("/staff/admin/outbox", "/staff/admin/outbox"),
                admin("/staff/admin/users", "/staff/admin/users"),
                admin("/staff/admin/users", "/staff/admin/users").submittingEmpty("create:createAccount"),
                admin("/staff/dashboard", "/staff/dashboard"),
                admin("/staff/dashboard", "/staff/dashboard?from=not-a-day").then("with a malformed period", PortalPages::errorsShown),
                admin("/staff/inquiries", "/staff/inquiries"),
                admin("/staff/inquiries", "/staff/inquiries/" + inquiry),
                admin("/staff/inquiries", "/staff/inquiries/" + inquiry).submittingEmpty("replyForm:send"),
                admin("/staff/library", "/staff/library"),
                admin("/staff/library", "/staff/library").submittingEmpty("editor:save"),
                admin("/staff/sites", "/staff/sites"),
                admin("/staff/sites", "/staff/sites/new"),
                admin("/staff/sites", "/staff/sites/new").submittingEmpty("site:save"),
                admin("/staff/sites", "/staff/sites/santa-fe-lead"),
                admin("/staff/trainings", "/staff/trainings"),
                admin("/staff/trainings", "/staff/trainings/new"),
                admin("/staff/trainings", "/staff/trainings/new").submittingEmpty("training:save"),
                // Ended, with an attendee: the roster shows its evaluations' figures.
                admin("/staff/trainings", "/staff/trainings/" + ended),
                admin("/staff/trainings", "/staff/trainings/" + training + "/edit"),
                admin("/staff/visits", "/staff/visits").then("in month view", PortalPages::calendarShown),
                admin("/staff/visits", "/staff/visits").then("in week view", driver -> {
                    calendarShown(driver);
                    driver.findElement(By.cssSelector(".fc-timeGridWeek-button")).click();
                    Browser.await(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fc-timeGridWeek-view")));
                }),
                admin("/staff/visits", "/staff/visits").submittingEmpty("visitForm:book"),
                admin("/staff/visits", "/staff/visits/" + visit),
                admin("/staff/visits", "/staff/visits/" + visit).then("with its start emptied", driver -> {
                    driver.findElement(By.id("changeForm:start_input")).clear();
                    submitShowingErrors(driver, "changeForm:save");
                }));
    }

    /** Starts afresh as {@code who}: a new visitor, no cookies, signed in when staff. */
    static void lookAs(WebDriver driver, Who who) {
        ((ChromeDriver) driver).executeCdpCommand("Network.clearBrowserCookies", Map.of());
        switch (who) {
            case TRAINER -> Browser.signIn(driver, StaffAccounts.trainer());
            case ADMIN -> Browser.signIn(driver, StaffAccounts.ADMIN);
            case VISITOR -> { }
        }
    }

    /** Sends a form with the button of this id and waits for the answer to show its errors. */
    private static void submitShowingErrors(WebDriver driver, String button) {
        Browser.submit(driver, button);
        errorsShown(driver);
    }

    /** Waits for the page to show an error by a field or above the form. */
    private static void errorsShown(WebDriver driver) {
        Browser.await(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "[aria-invalid=true], .ui-message-error, #errorSummary, .form-errors, .ui-messages-error")));
    }

    /** Waits for a FullCalendar (p:schedule) to have drawn itself. */
    private static void calendarShown(WebDriver driver) {
        Browser.await(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fc-view")));
    }

    private static Scan visitor(String view, String path) {
        return new Scan(view, Who.VISITOR, path, null, null);
    }

    private static Scan admin(String view, String path) {
        return new Scan(view, Who.ADMIN, path, null, null);
    }
}

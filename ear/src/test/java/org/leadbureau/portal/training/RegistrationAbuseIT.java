package org.leadbureau.portal.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Database;
import org.leadbureau.portal.it.FormCounts;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.SharedPortal;
import org.leadbureau.portal.it.StaffSession;

/**
 * The public registration cannot be abused: rate limits on the API and the page, the page's honeypot and minimum
 * fill time. The test server's limits ({@code portal.registration.limits}) are raised for the other tests, so these
 * tests fill the counts up to them instead of registering hundreds of times.
 */
@SharedPortal
class RegistrationAbuseIT {

    private static final String FORM = "registration-intake";
    private static final Pattern MANAGE_LINK = Pattern.compile("/registrations/([A-Za-z0-9_-]{43})");
    /** What the page shows once registered, confirmed or waitlisted. */
    private static final String REGISTERED = "See or cancel your registration";
    private static final String[] LIMITS = System.getProperty("portal.registration.limits", "30/PT1H,600/PT1H").split(",");
    private static final int PER_ADDRESS = Integer.parseInt(LIMITS[0].split("/")[0]);
    private static final int OVERALL = Integer.parseInt(LIMITS[1].split("/")[0]);
    /** A little over the server's minimum fill time: how long a person takes at least. */
    private static final long PERSON_MILLIS = Duration.parse(System.getProperty("portal.form.min.fill", "PT3S"))
            .toMillis() + 300;

    @BeforeEach
    @AfterEach
    void resetCounts() throws Exception {
        FormCounts.clear(FORM);
    }

    private static String email() {
        return "abuse-" + UUID.randomUUID() + "@registration.example";
    }

    @Test
    void overTheLimitOfOneAddressTheApiAnswers429AndThePageAsksToTryLater() throws Exception {
        FormCounts.fill(FORM, "127.0.0.1", PER_ADDRESS - 1);
        String last = email();
        assertEquals(201, TrainingApi.register(TrainingApi.HARM_REDUCTION, "Last One", last).statusCode(),
                "the limit's last registration is taken");

        String over = email();
        HttpResponse<String> refused = TrainingApi.register(TrainingApi.HARM_REDUCTION, "One Too Many", over);
        assertEquals(429, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        // The oldest counted registration was ten minutes ago: free again in about fifty minutes.
        assertTrue(retryAfter > 2900 && retryAfter <= 3000, "Retry-After " + retryAfter);
        assertTrue(Http.json(refused).getString("detail").contains("try again a little later"), refused.body());
        assertStoredNothing(over);

        String page = formPost(over, "", PERSON_MILLIS);
        assertTrue(page.contains("Please try again a little later"), page);
        assertTrue(page.contains("value=\"" + over + "\""), "what was typed stays");
        assertFalse(page.contains(REGISTERED), page);
        assertStoredNothing(over);

        assertEquals(PER_ADDRESS, Database.count("select count(*) from form_submission where form = ?"
                + " and client_address = ?", FORM, "127.0.0.1"), "the refused posts did not count");
    }

    @Test
    void overTheOverallLimitEveryoneWaits() throws Exception {
        FormCounts.fill(FORM, "192.0.2.30", OVERALL);
        String email = email();
        HttpResponse<String> refused = TrainingApi.register(TrainingApi.HARM_REDUCTION, "Fresh Address", email);
        assertEquals(429, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Retry-After").isPresent());
        assertStoredNothing(email);
    }

    @Test
    void aHoneypotOrATooFastPostStoresNothingAndAsksToSendOnceMore() throws Exception {
        long seated = seated();
        String bot = email();
        String page = formPost(bot, "https://cheap-pills.example", PERSON_MILLIS);
        assertTrue(page.contains("press Register once more"), page);
        assertFalse(page.contains(REGISTERED), page);
        assertStoredNothing(bot);

        // A person who is quick gets the same answer, keeps what they typed, and sending again works.
        StaffSession person = new StaffSession();
        String hasty = email();
        String asked = post(person, person.get(path()).body(), hasty, "", 0);
        assertTrue(asked.contains("press Register once more"), asked);
        assertTrue(asked.contains("value=\"" + hasty + "\""), "what was typed stays");
        assertStoredNothing(hasty);
        assertEquals(seated, seated(), "no seat taken");

        String registered = post(person, asked, hasty, "", PERSON_MILLIS);
        assertTrue(registered.contains(REGISTERED), registered);
        assertEquals(1, Database.count("select count(*) from training_registration where email = ?", hasty));
    }

    @Test
    void registeringAgainMailsAFreshLinkAtMostHourlyAndEveryLinkKeepsWorking() throws Exception {
        String email = email();
        HttpResponse<String> registered = TrainingApi.register(TrainingApi.HARM_REDUCTION, "Dana Reyes", email);
        assertEquals(201, registered.statusCode(), registered.body());
        String first = Http.json(registered).getString("manageToken");

        HttpResponse<String> again = TrainingApi.register(TrainingApi.HARM_REDUCTION, "Dana Reyes", email);
        assertEquals(409, again.statusCode(), again.body());
        assertTrue(Http.json(again).getString("detail").contains("sent a new link"), again.body());
        List<String> links = freshLinks(email);
        assertEquals(1, links.size());
        assertFalse(links.contains(first), "a new token");

        HttpResponse<String> third = TrainingApi.register(TrainingApi.HARM_REDUCTION, "Dana Reyes", email);
        assertEquals(409, third.statusCode(), third.body());
        assertTrue(Http.json(third).getString("detail").contains("within the last hour"), third.body());
        assertEquals(1, freshLinks(email).size(), "no second mail within the hour");

        // An hour later, another.
        Database.update("update training_registration set link_resent_at = ? where email = ?",
                Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC).minusMinutes(61)), email);
        assertEquals(409, TrainingApi.register(TrainingApi.HARM_REDUCTION, "Dana Reyes", email).statusCode());
        links = freshLinks(email);
        assertEquals(2, links.size());

        for (String token : List.of(first, links.get(0), links.get(1))) {
            assertTrue(Http.get("/registrations/" + token).body().contains("Confirmed: you have a seat."), token);
        }
        HttpResponse<String> cancelled = Http.post("/api/registrations/" + links.get(1) + "/cancel", null);
        assertEquals("CANCELLED", Http.json(cancelled).getString("status"), cancelled.body());
        assertTrue(Http.get("/registrations/" + first).body().contains("Cancelled."), "the first link sees it too");
    }

    /** The manage tokens of the "already registered" mails to {@code email}, oldest first. */
    private static List<String> freshLinks(String email) throws Exception {
        return Database.strings("select body_text from outbox_message where recipient = ? and subject like"
                + " 'Your registration:%' order by id", email).stream()
                .map(body -> {
                    Matcher link = MANAGE_LINK.matcher(body);
                    assertTrue(link.find(), body);
                    return link.group(1);
                }).toList();
    }

    @Test
    void controlCharactersInOneLineFieldsAreRefusedNamingTheFieldAndNeverReachAnInvitation() throws Exception {
        String email = email();
        HttpResponse<String> injected = TrainingApi.register(TrainingApi.HARM_REDUCTION,
                "Eve\rATTENDEE;CN=Mallory:mailto:mallory@evil.example", email);
        assertEquals(400, injected.statusCode(), injected.body());
        assertEquals(List.of("name"), fields(injected));
        assertStoredNothing(email);
        assertEquals(0, Database.count("select count(*) from outbox_message where body_text like ?", "%mallory@evil%"));

        for (String field : List.of("email", "organisation", "role", "jurisdiction")) {
            for (String control : List.of("\n", "\t", "\u0000")) {
                JsonObject body = Json.createObjectBuilder(registration(email())).add(field, "x" + control + "y").build();
                HttpResponse<String> refused = Http.post(apiPath(), body.toString());
                assertEquals(400, refused.statusCode(), field + ": " + refused.body());
                assertTrue(fields(refused).contains(field), field + ": " + refused.body());
            }
        }
        // Free text may have lines.
        JsonObject answers = Json.createObjectBuilder(registration(email())).add("answers", "Captions, please.\nAnd a ramp.").build();
        assertEquals(201, Http.post(apiPath(), answers.toString()).statusCode());

        StaffSession visitor = new StaffSession();
        String page = post(visitor, visitor.get(path()).body(),
                Map.of("register:name", "Eve\rMallory", "register:email", email), PERSON_MILLIS);
        assertTrue(page.contains("Please write this on one line"), page);
        assertStoredNothing(email);
    }

    private static void assertStoredNothing(String email) throws Exception {
        assertEquals(0, Database.count("select count(*) from training_registration where email = ?", email), email);
        assertEquals(0, Database.count("select count(*) from outbox_message where recipient = ?", email), email);
    }

    private static JsonObject registration(String email) {
        return Json.createObjectBuilder().add("name", "Robin Park").add("email", email)
                .add("organisation", "Harbor City Police").add("role", "Officer").add("jurisdiction", "Harbor City")
                .add("answers", "").build();
    }

    private static List<String> fields(HttpResponse<String> problem) {
        return Http.json(problem).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("field")).toList();
    }

    private static String apiPath() {
        return "/api/trainings/" + TrainingApi.HARM_REDUCTION + "/registrations";
    }

    private static long seated() throws Exception {
        return Database.count("select count(*) from training_registration r join training t on t.id = r.training_id"
                + " where t.slug = ? and r.status = 'CONFIRMED'", TrainingApi.HARM_REDUCTION);
    }

    @Test
    void theConfirmationRepeatsTheAddressTheMailWentTo() throws Exception {
        String email = email();

        String page = formPost(email.toUpperCase(java.util.Locale.ROOT), "", PERSON_MILLIS);

        assertTrue(page.contains(REGISTERED), page);
        assertTrue(page.contains("<strong class=\"sent-to\">" + email + "</strong>"), "the address as mailed: " + page);
        assertEquals(1, Database.count("select count(*) from outbox_message where recipient = ?", email));
    }

    private static String path() {
        return "/trainings/" + TrainingApi.HARM_REDUCTION;
    }

    /** Opens the training's page as a browser without JavaScript would and registers, waiting {@code millis}. */
    static String formPost(String email, String honeypot, long millis) throws InterruptedException {
        StaffSession visitor = new StaffSession();
        HttpResponse<String> page = visitor.get(path());
        assertEquals(200, page.statusCode());
        return post(visitor, page.body(), email, honeypot, millis);
    }

    /** Posts the registration form of {@code page} (the page last shown to {@code visitor}). */
    static String post(StaffSession visitor, String page, String email, String honeypot, long millis)
            throws InterruptedException {
        return post(visitor, page, Map.of("register:name", "Robin Park", "register:email", email,
                "register:website", honeypot), millis);
    }

    static String post(StaffSession visitor, String page, Map<String, String> values, long millis)
            throws InterruptedException {
        Thread.sleep(millis);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("register", "register");
        fields.put("register:organisation", "Harbor City Police");
        fields.put("register:website", "");
        fields.putAll(values);
        fields.put("register:submit", "");
        fields.putAll(StaffSession.hiddenFields(page));
        HttpResponse<String> answer = visitor.postForm(path(), fields);
        assertEquals(200, answer.statusCode(), answer.body());
        return answer.body();
    }
}

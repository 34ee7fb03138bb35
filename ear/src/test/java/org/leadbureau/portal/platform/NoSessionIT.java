package org.leadbureau.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.evaluation.EvaluationApi;
import org.leadbureau.portal.it.Database;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.SharedPortal;
import org.leadbureau.portal.it.StaffSession;
import org.leadbureau.portal.it.TestTrainings;

/**
 * A visitor who only reads gets no cookie and the server keeps no session for them: public pages are stateless
 * views, so that any node of a cluster can answer any request. Their forms still work, and a forged post gets the
 * portal's error page.
 */
@SharedPortal
class NoSessionIT {

    private static final String SPANISH_BROWSER = "es-MX,es;q=0.9";

    @Test
    void publicPagesSetNoCookieInEitherLanguage() {
        List<String> pages = List.of("/", "/about", "/about/what-is-lead", "/sites", "/sites?view=map",
                "/sites?state=WA&status=OPERATIONAL", "/sites?sort=-launched", "/sites?sort=state&page=2",
                "/sites?launchedFrom=abc", "/sites/santa-fe-lead", "/library", "/library?type=GUIDE&page=2",
                "/library/officer-field-guide", "/search?q=x", "/search?q=diversion&type=GUIDE&sort=date&page=2",
                "/search?q=zzqqxxy", "/search", "/api-docs");
        for (String path : pages) {
            for (String language : List.of("en", SPANISH_BROWSER)) {
                HttpResponse<String> page = Http.get(path, "Accept-Language", language);
                assertEquals(200, page.statusCode(), path);
                assertNoCookie(page);
            }
        }
        for (String missing : List.of("/no-such-page", "/sites/no-such-site", "/library/no-such-document")) {
            HttpResponse<String> page = Http.get(missing);
            assertEquals(404, page.statusCode(), missing);
            assertNoCookie(page);
        }
    }

    @Test
    void theFormsPagesSetNoCookieAndTheirPostsWorkWithoutASession() throws Exception {
        String training = TestTrainings.training("Stateless registration").publish();
        for (String path : List.of("/trainings", "/trainings/" + training, "/contact", "/login", "/login?next=%2Fstaff",
                "/forgot-password")) {
            HttpResponse<String> page = Http.get(path);
            assertEquals(200, page.statusCode(), path);
            assertNoCookie(page);
        }

        Map<String, String> inquiry = StaffSession.hiddenFields(Http.get("/contact").body());
        assertTrue(inquiry.containsKey("contact:shown"), "the form carries when it was shown: " + inquiry.keySet());
        inquiry.putAll(Map.of("contact", "contact", "contact:name", "Sam Stateless", "contact:email",
                "sam@stateless.example", "contact:organisation", "Stateless County", "contact:role", "Coordinator",
                "contact:jurisdiction", "Stateless", "contact:state", "MN", "contact:stage", "PLANNING",
                "contact:message", "Sent without a session.", "contact:consent", "on"));
        inquiry.put("contact:interests", "TECHNICAL_ASSISTANCE");
        inquiry.put("contact:send", "");
        Thread.sleep(1100); // longer than the least time a person takes (PT1S in the tests)
        HttpResponse<String> sent = post("/contact", inquiry);
        assertEquals(200, sent.statusCode(), sent.body());
        assertTrue(sent.body().contains("id=\"reference\"") && sent.body().contains("id=\"sentTo\""),
                "received, not suspected: " + Http.main(sent.body()));

        Map<String, String> registration = StaffSession.hiddenFields(Http.get("/trainings/" + training).body());
        registration.putAll(Map.of("register", "register", "register:name", "Sam Stateless", "register:email",
                "sam@stateless.example", "register:website", "", "register:submit", ""));
        Thread.sleep(1100);
        HttpResponse<String> registered = post("/trainings/" + training, registration);
        assertEquals(200, registered.statusCode(), registered.body());
        assertTrue(registered.body().contains("/registrations/"), "registered: " + Http.main(registered.body()));

        // The registrant's own page, and cancelling there (asked, then confirmed), without a session either.
        Matcher link = Pattern.compile("(/registrations/[A-Za-z0-9_-]+)").matcher(registered.body());
        assertTrue(link.find(), registered.body());
        HttpResponse<String> own = Http.get(link.group(1));
        assertEquals(200, own.statusCode(), link.group(1));
        assertNoCookie(own);
        HttpResponse<String> asked = post(link.group(1), TestTrainings.cancelForm(own.body(), "askCancel"));
        assertNoCookie(asked);
        assertTrue(asked.body().contains("cancelForm:confirmCancel"), "the confirm step: " + Http.main(asked.body()));
        HttpResponse<String> cancelled = post(link.group(1), TestTrainings.cancelForm(asked.body(), "confirmCancel"));
        assertNoCookie(cancelled);
        assertTrue(cancelled.body().contains("Your registration is cancelled."), Http.main(cancelled.body()));
        assertEquals(List.of("CANCELLED"), Database.strings("select status from training_registration where email = ?",
                "sam@stateless.example"));

        // A stamp of when the form was shown that the portal did not sign counts as just now: not sent yet.
        registration.put("register:shown", "1000." + "A".repeat(43));
        registration.put("register:email", "bot@stateless.example");
        String refused = Http.main(post("/trainings/" + training, registration).body());
        assertFalse(refused.contains("/registrations/"), refused);
    }

    @Test
    void anEvaluationOpensAndRefusesAnIncompleteAnswerWithoutASession() throws Exception {
        String attendee = "eva-" + UUID.randomUUID() + "@stateless.example";
        EvaluationApi.endedTraining("Stateless evaluation", attendee);
        EvaluationApi.attended(attendee);
        EvaluationApi.sendMail();
        String path = "/evaluations/" + EvaluationApi.token(attendee, "");
        HttpResponse<String> form = Http.get(path);
        assertEquals(200, form.statusCode(), path);
        assertNoCookie(form);

        Map<String, String> empty = new LinkedHashMap<>(StaffSession.hiddenFields(form.body()));
        empty.put("evaluation", "evaluation");
        empty.put("evaluation:send", "");
        HttpResponse<String> refused = post(path, empty);
        assertEquals(200, refused.statusCode(), refused.body());
        assertNoCookie(refused);
        assertTrue(refused.body().contains("id=\"evaluation\"") && refused.body().contains("aria-invalid=\"true\""),
                "the form again, its unanswered questions marked: " + Http.main(refused.body()));
    }

    @Test
    void theLanguageSwitchSetsOnlyTheLanguageCookie() {
        HttpResponse<String> switched = Http.get("/sites?lang=es");
        List<String> cookies = switched.headers().allValues("Set-Cookie");
        assertEquals(1, cookies.size(), cookies.toString());
        assertTrue(cookies.get(0).startsWith("lang=es;"), cookies.get(0));
    }

    @Test
    void theDirectoryFilterAndTheSearchFormPostWithoutASession() {
        HttpResponse<String> directory = Http.get("/sites?view=map&sort=state");
        Map<String, String> filters = StaffSession.hiddenFields(directory.body());
        assertEquals("stateless", filters.get("jakarta.faces.ViewState"), "a stateless view");
        filters.put("filters", "filters");
        filters.put("filters:state_input", "WA");
        filters.put("filters:status_input", "");
        filters.put("filters:apply", "");
        filters.put("sort", "state");
        filters.put("view", "map");
        assertRedirectsWithoutCookie(post("/sites", filters), "/sites?state=WA&view=map&sort=state");

        Map<String, String> search = StaffSession.hiddenFields(Http.get("/search?q=x&type=GUIDE").body());
        search.put("search", "search");
        search.put("search:q_input", "diversion");
        search.put("search:go", "");
        search.put("type", "GUIDE");
        assertRedirectsWithoutCookie(post("/search", search), "/search?q=diversion&type=GUIDE");
    }

    @Test
    void aForgedPostGetsTheErrorPageNotAStackTrace() {
        Map<String, String> garbage = new LinkedHashMap<>();
        garbage.put("filters", "filters");
        garbage.put("jakarta.faces.ViewState", "stateless");
        garbage.put("primefaces.nonce", "not-a-nonce");
        garbage.put("filters:state_input", "<script>");
        HttpResponse<String> forged = post("/sites", garbage);
        assertCleanError(forged);

        garbage.put("jakarta.faces.ViewState", "-123:456");
        assertCleanError(post("/sites", garbage));
        assertCleanError(post("/search", Map.of("jakarta.faces.ViewState", "stateless", "search", "search")));
    }

    private static void assertCleanError(HttpResponse<String> response) {
        assertTrue(response.statusCode() >= 400 || response.statusCode() == 200, "status " + response.statusCode());
        assertFalse(response.body().contains(".java:") || response.body().contains("Caused by"), response.body());
        assertTrue(response.body().contains("<h1"), "the portal's page: " + response.body());
    }

    /** A stateless form's post answers with a redirect to the bookmarkable address of its outcome, and no cookie. */
    private static void assertRedirectsWithoutCookie(HttpResponse<String> response, String address) {
        assertEquals(302, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Location").orElseThrow().endsWith(address),
                response.headers().toString());
        assertNoCookie(response);
    }

    private static void assertNoCookie(HttpResponse<String> response) {
        assertEquals(List.of(), response.headers().allValues("Set-Cookie"), response.uri() + " sets a cookie");
    }

    private static HttpResponse<String> post(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return Http.send(HttpRequest.newBuilder(Http.uri(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }
}

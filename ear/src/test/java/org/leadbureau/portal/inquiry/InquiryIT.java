package org.leadbureau.portal.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Database;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.SharedPortal;
import org.leadbureau.portal.it.StaffAccounts;
import org.leadbureau.portal.it.StaffSession;

/** Contact-us inquiries: the API and the form's spam guards, the rate limit, and staff triage on the pages. */
@SharedPortal
class InquiryIT {

    private static final Pattern REFERENCE = Pattern.compile("LEAD-\\d{4}-\\d{5}");
    static final Pattern SHOWN_REFERENCE = Pattern.compile("id=\"reference\">(LEAD-\\d{4}-\\d{5,})<");

    @BeforeAll
    static void staffExist() {
        StaffAccounts.staff();
    }

    @BeforeEach
    @AfterEach
    void resetLimits() throws Exception {
        InquiryApi.resetLimits();
    }

    static String email() {
        return "inquirer-" + UUID.randomUUID() + "@inquiry.example";
    }

    @Test
    void aValidInquiryIsStoredWithAReferenceAndBothMailsAreQueued() throws Exception {
        String email = email();
        HttpResponse<String> response = InquiryApi.post(InquiryApi.inquiry(email, body -> { }));
        assertEquals(201, response.statusCode(), response.body());
        String reference = Http.json(response).getString("reference");
        assertTrue(REFERENCE.matcher(reference).matches(), reference);

        assertEquals(List.of("NEW"), Database.strings("select status from inquiry where reference = ?", reference));
        assertEquals(List.of(email), Database.strings("select email from inquiry where reference = ?", reference));
        assertEquals(2, Database.count("select count(*) from inquiry_interest i join inquiry q on q.id = i.inquiry_id"
                + " where q.reference = ?", reference));
        assertEquals(1, Database.count("select count(*) from outbox_message where recipient = ? and subject like ?",
                email, "%" + reference + "%"), "confirmation to the inquirer");
        assertEquals(1, Database.count("select count(*) from outbox_message where recipient = ? and subject like ?",
                StaffAccounts.STAFF.email(), "New inquiry " + reference + "%"), "notification to staff");

        String next = InquiryApi.submit(email(), body -> { });
        assertTrue(next.compareTo(reference) > 0, "references count up: " + reference + ", " + next);
    }

    @Test
    void simultaneousInquiriesGetDifferentReferences() throws Exception {
        // Five: the most one address may send within an hour, and every test posts from 127.0.0.1.
        int people = 5;
        ExecutorService pool = Executors.newFixedThreadPool(people);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < people; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return InquiryApi.submit(email(), body -> { });
                }));
            }
            start.countDown();
            Set<String> references = new HashSet<>();
            for (Future<String> answer : answers) {
                references.add(answer.get());
            }
            assertEquals(people, references.size(), references.toString());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void eachInvalidFieldIsRefusedWith400NamingIt() throws Exception {
        Map<String, Consumer<JsonObjectBuilder>> broken = new LinkedHashMap<>();
        broken.put("name", body -> body.add("name", " "));
        broken.put("email", body -> body.add("email", "not an address"));
        broken.put("phone", body -> body.add("phone", "call me"));
        broken.put("organisation", body -> body.addNull("organisation"));
        broken.put("role", body -> body.add("role", ""));
        broken.put("jurisdiction", body -> body.add("jurisdiction", "x".repeat(201)));
        broken.put("state", body -> body.add("state", "ZZ"));
        broken.put("stage", body -> body.add("stage", "DREAMING"));
        broken.put("interests", body -> body.add("interests", jakarta.json.Json.createArrayBuilder()));
        broken.put("stakeholders", body -> body.add("stakeholders", jakarta.json.Json.createArrayBuilder().add("ASTRONAUTS")));
        broken.put("message", body -> body.add("message", "x".repeat(5001)));
        broken.put("consent", body -> body.add("consent", JsonValue.FALSE));
        long before = Database.count("select count(*) from inquiry");
        for (var entry : broken.entrySet()) {
            HttpResponse<String> response = InquiryApi.post(InquiryApi.inquiry(email(), entry.getValue()));
            assertEquals(400, response.statusCode(), entry.getKey() + ": " + response.body());
            JsonObject problem = Http.json(response);
            List<String> fields = problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                    .map(error -> error.getString("field")).toList();
            assertEquals(List.of(entry.getKey()), fields, response.body());
        }
        assertEquals(before, Database.count("select count(*) from inquiry"), "nothing stored");
    }

    @Test
    void theSixthInquiryWithinAnHourFromOneAddressIsRefusedWith429() throws Exception {
        for (int i = 0; i < 5; i++) {
            InquiryApi.submit(email(), body -> { });
        }
        String email = email();
        HttpResponse<String> sixth = InquiryApi.post(InquiryApi.inquiry(email, body -> { }));
        assertEquals(429, sixth.statusCode(), sixth.body());
        assertTrue(sixth.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        long retryAfter = Long.parseLong(sixth.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter > 3000 && retryAfter <= 3600, "retry in about an hour: " + retryAfter);
        assertTrue(Http.json(sixth).getString("detail").contains("try again later"));
        assertEquals(0, Database.count("select count(*) from inquiry where email = ?", email));
        assertEquals(0, Database.count("select count(*) from outbox_message where recipient = ?", email));

        // The form is limited alike, and says so: the inquiry is not lost silently.
        String formEmail = email();
        String page = formPost(formEmail, "", true);
        assertTrue(page.contains("Please try again later"), page);
        assertFalse(SHOWN_REFERENCE.matcher(page).find(), "no reference for a refused inquiry");
        assertTrue(page.contains("value=\"" + formEmail + "\""), "what was typed stays");
        assertEquals(0, Database.count("select count(*) from inquiry where email = ?", formEmail));
    }

    @Test
    void theSeedPagesContactLinkLeadsToTheForm() {
        String page = Http.page(Http.get("/about/what-the-bureau-does"), "What the Bureau Does");
        assertTrue(Http.main(page).contains("href=\"/contact\""), "the page's own text links the form, not only the footer");
        assertTrue(Http.page(Http.get("/contact"), "Contact the Bureau").contains("id=\"contact\""), "the inquiry form");
        assertEquals(404, Http.get("/contact/extra").statusCode());
    }

    @Test
    void anAddressWhoseDomainHasNoDotIsRefused() {
        // The same rule as registration's (RegistrationIT): one rule for an address everywhere.
        HttpResponse<String> response = InquiryApi.post(InquiryApi.inquiry("pat.visitor@example", body -> { }));

        assertEquals(400, response.statusCode(), response.body());
        assertEquals(List.of("email"), Http.json(response).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("field")).toList(), response.body());
    }

    @Test
    void aPersonUsingTheFormGetsTheirReferenceAndTheInquiryIsStored() throws Exception {
        String email = email();
        String page = formPost(email, "", true);
        Matcher shown = SHOWN_REFERENCE.matcher(page);
        assertTrue(shown.find(), page);
        assertTrue(page.contains("We have sent a confirmation to <strong id=\"sentTo\">" + email + "</strong>"),
                "the confirmation repeats the address: " + page);
        assertEquals(List.of(email), Database.strings("select email from inquiry where reference = ?", shown.group(1)));
        assertEquals(1, Database.count("select count(*) from outbox_message where recipient = ?", email));
    }

    @Test
    void honeypotAndTooFastPostsAreKeptAsSuspectedSpamUnmailedUntilStaffReleaseThem() throws Exception {
        String bot = email();
        String botPage = formPost(bot, "https://cheap-pills.example", true);
        String hasty = email();
        Instant start = Instant.now();
        String hastyPage = formPost(hasty, "", false);
        assertTrue(Duration.between(start, Instant.now()).compareTo(InquiryApi.MINIMUM_FILL) < 0,
                "shown and posted within the minimum time");

        Map<String, String> references = new LinkedHashMap<>();
        for (Map.Entry<String, String> post : Map.of(bot, botPage, hasty, hastyPage).entrySet()) {
            Matcher shown = SHOWN_REFERENCE.matcher(post.getValue());
            assertTrue(shown.find(), post.getValue());
            assertFalse(post.getValue().contains("We have sent a confirmation"), "no mail went: " + post.getValue());
            assertTrue(post.getValue().contains(post.getKey()), "the answer's address");
            references.put(post.getKey(), shown.group(1));
            assertEquals(List.of("SUSPECTED"), Database.strings("select status from inquiry where reference = ? and email = ?",
                    shown.group(1), post.getKey()), "stored under the reference shown");
            assertEquals(0, Database.count("select count(*) from outbox_message where subject like ?", "%" + shown.group(1) + "%"),
                    "neither the sender nor staff are mailed");
        }
        assertEquals(2, new HashSet<>(references.values()).size(), "a reference is never given twice");

        String reference = references.get(hasty);
        StaffSession staff = StaffSession.signedIn(StaffAccounts.staff());
        assertFalse(Http.page(staff.get("/staff/inquiries"), "Inquiries").contains(reference), "not in the inbox");
        assertTrue(Http.page(staff.get("/staff/inquiries?status=SUSPECTED"), "Inquiries").contains(reference), "in the spam view");
        post(staff, "/staff/inquiries/" + reference, "more", "more:release", Map.of());

        assertEquals(List.of("NEW"), Database.strings("select status from inquiry where reference = ?", reference));
        assertEquals(1, Database.count("select count(*) from outbox_message where recipient = ? and subject like ?", hasty,
                "%" + reference + "%"), "the confirmation goes on release");
        assertTrue(Database.count("select count(*) from outbox_message where subject like ?", "New inquiry " + reference + "%") > 0,
                "and staff are told");
        assertTrue(Http.page(staff.get("/staff/inquiries"), "Inquiries").contains(reference), "now in the inbox");
    }

    @Test
    void theTimerCountsFromTheFirstTimeTheFormWasShownNotFromTheLastCorrection() throws Exception {
        String email = email();
        StaffSession visitor = new StaffSession();
        Instant shown = Instant.now();
        HttpResponse<String> page = visitor.get("/contact");
        // A first try with a mistake, then the correction: together longer than the minimum, each round shorter.
        Thread.sleep(InquiryApi.MINIMUM_FILL.toMillis() * 6 / 10);
        Map<String, String> mistaken = contactFields(email, "", page.body());
        mistaken.put("contact:name", "");
        HttpResponse<String> corrected = visitor.postForm("/contact", mistaken);
        assertTrue(corrected.body().contains("Please enter your name."), corrected.body());
        InquiryApi.takeTimeToFillIn(shown);

        String answer = visitor.postForm("/contact", contactFields(email, "", corrected.body())).body();

        Matcher reference = SHOWN_REFERENCE.matcher(answer);
        assertTrue(reference.find(), answer);
        assertEquals(List.of("NEW"), Database.strings("select status from inquiry where reference = ?", reference.group(1)));
        assertTrue(answer.contains("We have sent a confirmation to <strong id=\"sentTo\">" + email + "</strong>"), answer);
    }

    @Test
    void statusChangesNotesRepliesAndAssignmentGoOnTheTimeline() throws Exception {
        String email = email();
        String reference = InquiryApi.submit(email, body -> { });
        StaffSession staff = StaffSession.signedIn(StaffAccounts.staff());
        String path = "/staff/inquiries/" + reference;

        post(staff, path, "statusForm", "statusForm:change", Map.of("statusForm:status", "TRIAGED"));
        post(staff, path, "noteForm", "noteForm:addNote", Map.of("noteForm:note", "Called the chief; wants a visit in spring."));
        post(staff, path, "assign", "assign:assignButton", Map.of("assign:assignee", StaffAccounts.ADMIN.email()));
        post(staff, path, "replyForm", "replyForm:send", Map.of("replyForm:reply", "Thank you, we will call you next week."));

        assertEquals(List.of("RESPONDED"), Database.strings("select status from inquiry where reference = ?", reference));
        assertEquals(List.of(StaffAccounts.ADMIN.email()),
                Database.strings("select assignee from inquiry where reference = ?", reference));
        assertEquals(1, Database.count("select count(*) from inquiry where reference = ? and first_response_at is not null",
                reference));
        assertEquals(List.of("RECEIVED", "STATUS", "NOTE", "ASSIGNED", "EMAIL", "STATUS"), Database.strings(
                "select e.kind from inquiry_event e join inquiry i on i.id = e.inquiry_id where i.reference = ?"
                        + " order by e.occurred_at, e.id", reference));
        assertEquals(1, Database.count("select count(*) from outbox_message where recipient = ? and body_text like ?",
                email, "%we will call you next week%"), "the reply went through the outbox");
        assertEquals(1, Database.count("select count(*) from outbox_message where recipient = ? and subject like ?",
                StaffAccounts.ADMIN.email(), "Assigned to you: inquiry " + reference), "the assignee is emailed");

        String detail = staff.get(path).body();
        assertTrue(detail.contains("Called the chief; wants a visit in spring."), "the note is on the timeline");
        assertTrue(detail.contains("Triaged"));
        assertTrue(detail.contains(StaffAccounts.STAFF.email()), "who did it");
        String inbox = Http.page(staff.get("/staff/inquiries?status=RESPONDED"), "Inquiries");
        assertTrue(inbox.contains(reference), "the filtered inbox lists it");
        assertFalse(Http.page(staff.get("/staff/inquiries?status=NEW"), "Inquiries").contains(reference), "and other statuses do not");
    }

    @Test
    void anInquiryBecomesASiteWithTheStatusItsStageMapsToAndTheLinkGoesBothWays() throws Exception {
        String town = "Inquirytown " + UUID.randomUUID().toString().substring(0, 8);
        String reference = InquiryApi.submit(email(), body -> body.add("jurisdiction", town).add("stage", "IMPROVING"));
        StaffSession staff = StaffSession.signedIn(StaffAccounts.staff());
        String path = "/staff/inquiries/" + reference;
        try {
            post(staff, path, "more", "more:linkSite", Map.of());

            List<String> slug = Database.strings("select s.slug from site s join inquiry i on i.site_id = s.id"
                    + " where i.reference = ?", reference);
            assertEquals(1, slug.size());
            assertEquals(List.of("OPERATIONAL"), Database.strings("select status from site where slug = ?", slug.get(0)));
            assertEquals(List.of(town + " LEAD"), Database.strings("select name from site where slug = ?", slug.get(0)));
            assertTrue(staff.get("/staff/sites/" + slug.get(0)).body().contains(reference), "the site lists the inquiry");
            assertTrue(staff.get(path).body().contains("/sites/" + slug.get(0)), "the inquiry links the site");
            // A draft with public fields only, in no public page, format, count or chooser until staff publish it.
            assertEquals(1, Database.count("select count(*) from site where slug = ? and published = false"
                    + " and notes is null and organisation is null", slug.get(0)));
            // Located, so that the map and GeoJSON would show it if it were listed.
            Database.update("update site set latitude = 43.0, longitude = -108.5 where slug = ?", slug.get(0));
            assertPublic(town, slug.get(0), false);
            assertFalse(Http.page(staff.get("/staff/visits"), "Site visits").contains(town), "no chooser offers a draft");
            post(staff, "/staff/sites/" + slug.get(0), "publish", "publish:publishSite", Map.of());
            assertPublic(town, slug.get(0), true);
            // Scripts publish through the API (again: no change); each publishing is in the audit log.
            assertEquals(404, publishByApi("no-such-site").statusCode());
            HttpResponse<String> published = publishByApi(slug.get(0));
            assertEquals(200, published.statusCode(), published.body());
            assertEquals(slug.get(0), Http.json(published).getString("slug"));
            assertEquals(2, Database.count("select count(*) from audit_event where action = 'SITE_PUBLISHED' and subject = ?",
                    "site " + slug.get(0)));
            String page = Http.page(Http.get("/sites/" + slug.get(0)), town + " LEAD");
            assertFalse(page.contains("From inquiry") || page.contains(reference), "no internal note on the public page");
            assertFalse(page.contains("Riverton Police Department"), "nor the inquirer's organisation");

            // A second inquiry from the same community links the same site instead of creating another.
            String second = InquiryApi.submit(email(), body -> body.add("jurisdiction", town));
            post(staff, "/staff/inquiries/" + second, "more", "more:linkSite", Map.of());
            assertEquals(slug, Database.strings("select s.slug from site s join inquiry i on i.site_id = s.id"
                    + " where i.reference = ?", second));
        } finally {
            // Leave the directory as the other tests expect it.
            Database.update("update inquiry set site_id = null where jurisdiction = ?", town);
            Database.update("delete from site_status_change where site_id in (select id from site where jurisdiction = ?)", town);
            Database.update("delete from site where jurisdiction = ?", town);
        }
    }

    private static HttpResponse<String> publishByApi(String slug) {
        return Http.send(HttpRequest.newBuilder(Http.uri("/api/staff/sites/" + slug + "/publish"))
                .header("Authorization", StaffAccounts.staff().basic())
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    /** Whether the site is in the directory's page, count, API formats and its own page (as it should be or not). */
    private static void assertPublic(String town, String slug, boolean listed) {
        String q = java.net.URLEncoder.encode(town, java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(listed, Http.main(Http.get("/sites?q=" + q).body()).contains("/sites/" + slug), "the directory page");
        assertEquals(listed ? 1 : 0, Http.json(Http.get("/api/sites?q=" + q + "&page=1&size=10")).getInt("total"), "the count");
        assertEquals(listed ? 1 : 0, Http.jsonArray(Http.get("/api/sites?q=" + q)).size(), "JSON");
        assertEquals(listed ? 2 : 1, Http.get("/api/sites?format=csv&q=" + q).body().lines().count(), "CSV");
        assertEquals(listed, Http.get("/api/sites?q=" + q, "Accept", "application/geo+json").body().contains(town), "GeoJSON");
        assertEquals(listed ? 200 : 404, Http.get("/api/sites/" + slug).statusCode(), "the API's site");
        assertEquals(listed ? 200 : 404, Http.get("/sites/" + slug).statusCode(), "the public page");
    }

    @Test
    void whatThePublicTypedIsShownEscapedInTheInboxAndOnTheDetailPage() throws Exception {
        String payload = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        String reference = InquiryApi.submit(email(), body -> body.add("name", payload).add("organisation", payload)
                .add("jurisdiction", "<b>Town</b>").add("message", payload));
        StaffSession staff = StaffSession.signedIn(StaffAccounts.staff());
        for (String page : List.of(Http.page(staff.get("/staff/inquiries"), "Inquiries"),
                Http.page(staff.get("/staff/inquiries/" + reference), "Inquiry " + reference))) {
            assertFalse(page.contains(payload), "raw markup");
            assertFalse(page.contains("<b>Town</b>"), "raw markup");
            assertTrue(page.contains("&lt;script&gt;alert("), "escaped");
        }
        List<String> mails = Database.strings("select body_html from outbox_message where subject like ?",
                "New inquiry " + reference + "%");
        assertFalse(mails.isEmpty());
        for (String html : mails) {
            assertFalse(html.contains("<script>"), "raw markup in the staff email");
            assertTrue(html.contains("&lt;script&gt;"), "escaped in the staff email");
        }
    }

    @Test
    void aTrainerSeesOnlyTheInquiriesAssignedToThem() throws Exception {
        String reference = InquiryApi.submit(email(), body -> { });
        StaffSession trainer = StaffSession.signedIn(StaffAccounts.trainer());
        assertFalse(Http.page(trainer.get("/staff/inquiries"), "Inquiries").contains(reference));
        assertEquals(404, trainer.get("/staff/inquiries/" + reference).statusCode());

        StaffSession staff = StaffSession.signedIn(StaffAccounts.staff());
        post(staff, "/staff/inquiries/" + reference, "assign", "assign:assignButton",
                Map.of("assign:assignee", StaffAccounts.TRAINER.email()));
        assertTrue(Http.page(trainer.get("/staff/inquiries"), "Inquiries").contains(reference));
        String detail = Http.page(trainer.get("/staff/inquiries/" + reference), "Inquiry " + reference);
        assertFalse(detail.contains("Change status"), "a trainer reads, and changes nothing");
    }

    /** Opens the detail page, posts one of its forms (as a browser without JavaScript does), expects the page back. */
    private static void post(StaffSession session, String path, String form, String button, Map<String, String> values) {
        HttpResponse<String> page = session.get(path);
        assertEquals(200, page.statusCode(), path);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(form, form);
        fields.putAll(values);
        fields.put(button, "");
        fields.putAll(StaffSession.hiddenFields(page.body()));
        HttpResponse<String> answer = session.postForm(path, fields);
        assertEquals(200, answer.statusCode(), form + ": " + answer.body());
        assertFalse(answer.body().contains("ui-message-error"), form + " refused: " + answer.body());
    }

    /** Fills in /contact as a browser without JavaScript would, taking a person's time or posting at once. */
    static String formPost(String email, String honeypot, boolean takeTime) throws InterruptedException {
        StaffSession visitor = new StaffSession();
        Instant shown = Instant.now();
        HttpResponse<String> page = visitor.get("/contact");
        assertEquals(200, page.statusCode());
        if (takeTime) {
            InquiryApi.takeTimeToFillIn(shown);
        }
        HttpResponse<String> answer = visitor.postForm("/contact", contactFields(email, honeypot, page.body()));
        assertEquals(200, answer.statusCode(), answer.body());
        return answer.body();
    }

    /** The contact form's fields, filled in, with the hidden fields of {@code page}. */
    private static Map<String, String> contactFields(String email, String honeypot, String page) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("contact", "contact");
        fields.put("contact:name", "Casey Morgan");
        fields.put("contact:email", email);
        fields.put("contact:organisation", "Lakeside County");
        fields.put("contact:role", "Program manager");
        fields.put("contact:jurisdiction", "Lakeside County");
        fields.put("contact:state", "MN");
        fields.put("contact:stage", "PLANNING");
        fields.put("contact:interests", "TECHNICAL_ASSISTANCE");
        fields.put("contact:message", "We are planning LEAD and need help with protocols.");
        fields.put("contact:website", honeypot);
        fields.put("contact:consent", "on");
        fields.put("contact:send", "");
        fields.putAll(StaffSession.hiddenFields(page));
        return fields;
    }
}

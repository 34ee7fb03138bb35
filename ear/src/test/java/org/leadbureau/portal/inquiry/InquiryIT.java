package org.leadbureau.portal.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Database;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.StaffAccounts;
import org.leadbureau.portal.it.StaffSession;

/** Contact-us inquiries: the API, the form and its spam guards, and the rate limit. */
class InquiryIT extends InquiryTest {

    private static final Pattern REFERENCE = Pattern.compile("LEAD-\\d{4}-\\d{5}");
    static final Pattern SHOWN_REFERENCE = Pattern.compile("id=\"reference\">(LEAD-\\d{4}-\\d{5,})<");

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

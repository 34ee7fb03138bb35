package org.leadbureau.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.FormCounts;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.SharedPortal;
import org.leadbureau.portal.it.StaffAccounts;
import org.leadbureau.portal.it.StaffAccounts.Account;
import org.leadbureau.portal.it.StaffSession;

/**
 * Every form reports all that is wrong in one round: a post with several bad fields answers with each field's
 * message next to it and all of them in the error summary above the form, as a browser without JavaScript posts
 * it. Rules that concern several fields (the end after the start, a venue for an in-person training) come in the
 * same round as the fields' own messages.
 */
@SharedPortal
class FormErrorsIT {

    /** A staff member who also trains and whose password this class may try to change. */
    private static final Account EDITOR = new Account("form-errors@leadbureau.test", "a form checker's test password");
    private static final String BAD_EMAIL = "pat.visitor@example";
    private static final String EMAIL_RULE = "Please enter a valid email address, like name@example.org.";
    private static final LocalDate DAY = LocalDate.now().plusMonths(7);

    @Test
    void theContactForm() {
        StaffSession visitor = new StaffSession();
        assertAllReported(post(visitor, "/contact", "contact", "send", Map.of("contact:name", "", "contact:email", BAD_EMAIL,
                        "contact:organisation", "Lakeside County", "contact:role", "Manager", "contact:jurisdiction", "Lakeside",
                        "contact:state", "MN", "contact:stage", "PLANNING", "contact:interests", "TECHNICAL_ASSISTANCE",
                        "contact:message", "Several mistakes at once.", "contact:consent", "on")),
                "Please enter your name.", EMAIL_RULE);
    }

    @Test
    void theRegistrationForm() {
        String slug = publishedTraining();
        assertAllReported(post(new StaffSession(), "/trainings/" + slug, "register", "submit",
                        Map.of("register:name", "", "register:email", BAD_EMAIL, "register:organisation", "Tacoma Police")),
                "Please enter your name.", EMAIL_RULE);
    }

    @Test
    void theTrainingFormWithItsRulesInTheSameRoundAsItsFields() {
        StaffSession staff = session(EDITOR);
        Map<String, String> fields = new LinkedHashMap<>(Map.of("training:title", "", "training:description", "Rules and fields.",
                "training:format", "IN_PERSON", "training:venue", "", "training:capacity", "10", "training:zone", "America/Chicago",
                "training:start_input", DAY + " 10:00", "training:end_input", DAY + " 09:00"));
        assertAllReported(post(staff, "/staff/trainings/new", "training", "save", fields),
                "Please give the training a title.", "The end must be after the start.",
                "An in-person or hybrid training needs a venue.");

        // A date written wrongly is refused with the rest, and stays in its field as typed.
        fields.put("training:start_input", "next Tuesday");
        HttpResponse<String> answer = post(staff, "/staff/trainings/new", "training", "save", fields);
        assertAllReported(answer, "Please give the training a title.", "Please give the start as YYYY-MM-DD HH:MM, e.g. 2027-03-15 10:00.",
                "An in-person or hybrid training needs a venue.");
        assertTrue(answer.body().contains("value=\"next Tuesday\""), "the typed value is kept");
    }

    @Test
    void theVisitBookingForm() {
        assertAllReported(post(session(EDITOR), "/staff/visits", "visitForm", "book", Map.of("visitForm:site_input", "santa-fe-lead",
                        "visitForm:purpose", "", "visitForm:format", "VIRTUAL", "visitForm:start_input", DAY + " 10:00",
                        "visitForm:end_input", DAY + " 09:00", "visitForm:trainers", EDITOR.email(),
                        "visitForm:contactName", "Casey Contact", "visitForm:contactEmail", "casey@form-errors.example")),
                "Please give the purpose of the visit.", "The end must be after the start.");
    }

    @Test
    void theSiteFormWithADayWrittenWrongly() {
        HttpResponse<String> answer = post(session(EDITOR), "/staff/sites/new", "site", "save", Map.of("site:name", "",
                "site:jurisdiction", "Nowhere County", "site:latitude", "north", "site:longitude", "10",
                "site:lastVerified_input", "last spring"));
        assertAllReported(answer, "missing name", "malformed latitude", "Give the day as YYYY-MM-DD, e.g. 2026-03-31, or leave it empty.");
        assertTrue(answer.body().contains("value=\"last spring\""), "the typed day is kept");
    }

    /** The plain post works although the form is multipart in the browser; PrimeFaces reads the file input only from those. */
    @Test
    void theLibraryUploadForm() {
        assertAllReported(post(session(EDITOR), "/staff/library", "editor", "save", Map.of("editor:title", "", "editor:summary", "")),
                "The title is required.", "The summary is required.", "Upload a file or give an external link.");
    }

    @Test
    void theUnavailabilityFormWithItsRuleNextToTheEnd() {
        assertAllReported(post(session(EDITOR), "/staff/visits", "unavailability", "addPeriod", Map.of("unavailability:trainer", "",
                        "unavailability:start_input", DAY + " 10:00", "unavailability:end_input", DAY + " 09:00",
                        "unavailability:zone", "America/Chicago", "unavailability:reason", "Leave")),
                "Please choose the trainer.", "The end must be after the start.");
    }

    @Test
    void theInquiryReplyForm() throws Exception {
        String path = "/staff/inquiries/" + inquiry();
        assertAllReported(post(session(EDITOR), path, "replyForm", "send",
                        Map.of("replyForm:subject", "Line one\nLine two", "replyForm:reply", "")),
                "Please write this on one line, without line breaks, tabs or other control characters.", "Please write the reply.");
    }

    @Test
    void theNewAccountForm() {
        assertAllReported(post(session(StaffAccounts.ADMIN), "/staff/admin/users", "create", "createAccount",
                        Map.of("create:email", "not-an-address", "create:name", "", "create:password", "short")),
                "Enter a valid email address.", "Enter the name.", "Choose at least one role.", "Use at least 12 characters.");
        // An address that has an account already is said with the other errors, not in a later round.
        assertAllReported(post(session(StaffAccounts.ADMIN), "/staff/admin/users", "create", "createAccount",
                        Map.of("create:email", StaffAccounts.staff().email(), "create:name", "", "create:password", "short")),
                "An account with the email " + StaffAccounts.staff().email() + " already exists.", "Enter the name.",
                "Choose at least one role.", "Use at least 12 characters.");
    }

    @Test
    void theOwnPasswordForm() {
        assertAllReported(post(session(EDITOR), "/staff/account", "password", "change",
                        Map.of("password:currentPassword", "not the password", "password:newPassword", "short")),
                "This is not your current password.", "Use at least 12 characters.");
    }

    /** Each message in the summary and next to its field: on the page at least twice. */
    private static void assertAllReported(HttpResponse<String> answer, String... messages) {
        assertEquals(200, answer.statusCode(), answer.body());
        String html = answer.body();
        int start = html.indexOf("id=\"errorSummary\"");
        assertTrue(start >= 0, "an error summary: " + Http.main(html));
        String summary = html.substring(start, html.indexOf("</div>", start));
        for (String message : messages) {
            assertTrue(summary.contains(message), "in the summary: " + message + " / " + summary);
            assertTrue(html.split(java.util.regex.Pattern.quote(message), -1).length > 2, "next to its field: " + message);
        }
    }

    private static HttpResponse<String> post(StaffSession session, String path, String form, String button, Map<String, String> values) {
        HttpResponse<String> page = session.get(path);
        assertEquals(200, page.statusCode(), path);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(form, form);
        fields.putAll(values);
        fields.put(form + ":" + button, "");
        fields.putAll(StaffSession.hiddenFields(page.body()));
        return session.postForm(path, fields);
    }

    private static final Map<Account, StaffSession> SESSIONS = new java.util.HashMap<>();

    /** One sign-in per account for the class: each pays the full password check. */
    private static StaffSession session(Account account) {
        return SESSIONS.computeIfAbsent(account, signedIn -> {
            if (signedIn == EDITOR) {
                StaffAccounts.ensure(EDITOR, "Form Checker", "STAFF", "TRAINER");
            }
            return StaffSession.signedIn(signedIn);
        });
    }

    private static String publishedTraining() {
        HttpResponse<String> created = Http.send(HttpRequest.newBuilder(Http.uri("/api/staff/trainings"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", StaffAccounts.staff().basic()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                        .add("title", "Form errors " + UUID.randomUUID().toString().substring(0, 8))
                        .add("description", "Registration with mistakes.").add("format", "VIRTUAL")
                        .add("start", DAY + "T10:00").add("end", DAY + "T11:00").add("zone", "UTC").add("capacity", 5)
                        .add("status", "PUBLISHED").add("joinLink", "https://meet.example.org/form-errors")
                        .build().toString())).build());
        assertEquals(201, created.statusCode(), created.body());
        return Http.json(created).getString("slug");
    }

    private static String inquiry() throws Exception {
        FormCounts.clear("inquiry-intake");
        HttpResponse<String> inquiry = Http.post("/api/inquiries", Json.createObjectBuilder()
                .add("name", "Form Inquirer").add("email", "form-errors@inquiry.example").add("organisation", "Form PD")
                .add("role", "Captain").add("jurisdiction", "Formville").add("state", "ME").add("stage", "PLANNING")
                .add("interests", Json.createArrayBuilder().add("SITE_VISIT"))
                .add("message", "Which mistakes are shown at once?").add("consent", true).build().toString());
        FormCounts.clear("inquiry-intake");
        assertEquals(201, inquiry.statusCode(), inquiry.body());
        return Http.json(inquiry).getString("reference");
    }
}

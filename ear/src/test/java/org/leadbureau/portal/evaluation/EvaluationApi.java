package org.leadbureau.portal.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.leadbureau.portal.it.Database;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.HttpFrom;
import org.leadbureau.portal.it.StaffAccounts;
import org.leadbureau.portal.it.StaffAccounts.Account;
import org.leadbureau.portal.it.TestTrainings;

/** Evaluations as the tests reach them: a training that has ended with people checked in, the mail run, the links. */
public final class EvaluationApi {

    /** Registrants come from an address of their own, clear of other tests' registration limits. */
    private static final HttpFrom REGISTRANTS = HttpFrom.address("127.0.0.61");
    private static final Pattern LINK = Pattern.compile("/evaluations/([A-Za-z0-9_-]{43})");

    private EvaluationApi() {
    }

    /** A training of a test's own: its address and its (unique) title. */
    public record Ended(String slug, String title) {
    }

    /**
     * A training whose registrants are {@code emails}, ended an hour ago. Registering needs it ahead, so it is made
     * 30 days ahead and then moved into the past in the database, as the clock would move it.
     */
    public static Ended endedTraining(String title, String... emails) throws Exception {
        TestTrainings training = TestTrainings.training(title);
        String slug = training.publish();
        for (String email : emails) {
            String body = Json.createObjectBuilder().add("name", "Person " + email.substring(0, email.indexOf('@')))
                    .add("email", email).add("organisation", "Test County").add("role", "Officer")
                    .add("jurisdiction", "Springfield, IL").build().toString();
            HttpFrom.Response registered = REGISTRANTS.post("/api/trainings/" + slug + "/registrations",
                    "application/json", body);
            assertEquals(201, registered.status(), registered.body());
        }
        Instant now = Instant.now();
        Database.update("update training set starts_at = ?, ends_at = ? where slug = ?",
                Database.utc(now.minus(Duration.ofHours(3))), Database.utc(now.minus(Duration.ofHours(1))), slug);
        return new Ended(slug, training.title());
    }

    /** Checks registrants in, as staff do on the roster on the day. */
    public static void attended(String... emails) throws Exception {
        for (String email : emails) {
            assertEquals(1, Database.update("update training_registration set status = 'ATTENDED', attended_at = ?"
                    + " where email = ?", Database.utc(Instant.now()), email), email);
        }
    }

    /** Runs the evaluation mail job now (ADMIN) instead of waiting up to five minutes. */
    public static JsonObject sendMail() {
        HttpResponse<String> sent = send("POST", "/api/staff/evaluations/mail", null, StaffAccounts.ADMIN);
        assertEquals(200, sent.statusCode(), sent.body());
        return Http.json(sent);
    }

    /** The subjects of the messages sent to {@code email}, oldest first. */
    static List<String> subjects(String email) throws Exception {
        return Database.strings("select subject from outbox_message where recipient = ? order by id", email);
    }

    /** The evaluation link in the newest message to {@code email} whose subject starts with {@code subject}. */
    public static String token(String email, String subject) throws Exception {
        List<String> bodies = Database.strings("select body_text from outbox_message where recipient = ?"
                + " and subject like ? order by id desc", email, subject + "%");
        Matcher link = LINK.matcher(bodies.get(0));
        if (!link.find()) {
            throw new AssertionError("No evaluation link in: " + bodies.get(0));
        }
        return link.group(1);
    }

    static HttpResponse<String> answer(String token, String json) {
        return Http.post("/api/evaluations/" + token, json);
    }

    static HttpResponse<String> send(String method, String path, String json, Account as) {
        return Http.send(method, path, json, as);
    }
}

package org.leadbureau.portal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Database;
import org.leadbureau.portal.it.FormCounts;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.SharedPortal;
import org.leadbureau.portal.it.StaffAccounts;
import org.leadbureau.portal.it.StaffAccounts.Account;
import org.leadbureau.portal.it.StaffSession;

/**
 * Passwords set through emailed one-time links: invitations, resets a user asks for (which never reveal whether
 * an account exists) and resets an administrator forces. Each link works once and expires.
 */
@SharedPortal
class PasswordLinksIT {

    private static final Pattern LINK = Pattern.compile("/set-password\\?token=([A-Za-z0-9_-]{43})");
    private static final String EXPIRED = "This link has expired or has already been used";
    private static final String RESET_FORM = "password-reset";

    @Test
    void anInvitedUserChoosesTheirPasswordThroughALinkThatWorksOnce() throws Exception {
        String email = "invited-" + UUID.randomUUID() + "@leadbureau.test";
        HttpResponse<String> created = adminPost("/api/staff/admin/users",
                "{\"email\":\"" + email + "\",\"name\":\"Ivy Invited\",\"roles\":[\"STAFF\"]}");
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(Http.json(created).getBoolean("awaitingPassword"));
        assertEquals(1, Database.count("select count(*) from audit_event where action = 'USER_INVITED' and subject = ?", email));

        String token = lastLink(email, "Your LEAD Bureau Portal account");
        var session = new StaffSession();
        HttpResponse<String> form = session.get("/set-password?token=" + token);
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("Welcome to the LEAD Bureau Portal"), "the page knows it is an invitation");

        HttpResponse<String> weak = setPassword(session, token, form.body(), "password1234");
        assertTrue(weak.body().contains("common"), "a common password is refused next to the field: " + weak.body());

        Account invited = new Account(email, "an invited user's own passphrase");
        HttpResponse<String> done = setPassword(session, token, weak.body(), invited.password());
        assertEquals(302, done.statusCode(), done.body());
        assertTrue(done.headers().firstValue("Location").orElse("").contains("/login"));
        assertEquals(200, Http.get("/api/staff/me", "Authorization", invited.basic()).statusCode());

        HttpResponse<String> again = new StaffSession().get("/set-password?token=" + token);
        assertTrue(again.body().contains(EXPIRED), "the link works once");
        assertFalse(again.body().contains("choose:save"));
    }

    @Test
    void aResetRequestAnswersAlikeForUnknownAddressesAndTheLinkExpires() throws Exception {
        Account user = StaffAccounts.ensure(new Account("forgetful-" + UUID.randomUUID() + "@leadbureau.test",
                "the password before the reset"), "Fran Forgetful", "STAFF");
        String unknown = "nobody-" + UUID.randomUUID() + "@leadbureau.test";

        String unknownAnswer = requestReset(unknown).replace(unknown, "ADDRESS");
        String knownAnswer = requestReset(user.email()).replace(user.email(), "ADDRESS");
        assertTrue(knownAnswer.contains("If <strong>ADDRESS</strong> belongs to an active staff account"), knownAnswer);
        assertEquals(mainContent(knownAnswer), mainContent(unknownAnswer), "the answer does not reveal the account");
        assertEquals(0, Database.count("select count(*) from outbox_message where recipient = ?", unknown));
        assertEquals(1, Database.count("select count(*) from outbox_message where recipient = ?", user.email()));

        // Two days later (whatever the zones of test and server) the link no longer works.
        String expired = lastLink(user.email(), "Reset your LEAD Bureau Portal password");
        Timestamp past = Timestamp.from(Instant.now().minus(Duration.ofDays(2)));
        Database.update("update account_token set created_at = ?, expires_at = ? where user_id ="
                + " (select id from staff_user where email = ?)", past, past, user.email());
        assertTrue(new StaffSession().get("/set-password?token=" + expired).body().contains(EXPIRED));

        requestReset(user.email());
        String token = lastLink(user.email(), "Reset your LEAD Bureau Portal password");
        assertFalse(token.equals(expired));
        var session = new StaffSession();
        HttpResponse<String> done = setPassword(session, token, session.get("/set-password?token=" + token).body(),
                "the password after the reset");
        assertEquals(302, done.statusCode(), done.body());
        assertEquals(401, Http.get("/api/staff/me", "Authorization", user.basic()).statusCode());
        assertEquals(200, Http.get("/api/staff/me", "Authorization",
                new Account(user.email(), "the password after the reset").basic()).statusCode());
        assertTrue(new StaffSession().get("/set-password?token=" + token).body().contains(EXPIRED), "single use");
    }

    @Test
    void resetRequestsAreLimitedPerAccountAndAddressAndEveryAnswerTakesTheSameFloor() throws Exception {
        FormCounts.clear(RESET_FORM);
        try {
            Account user = StaffAccounts.ensure(new Account("limited-" + UUID.randomUUID() + "@leadbureau.test",
                    "the password before the resets"), "Lee Limited", "STAFF");
            String unknown = "nobody-" + UUID.randomUUID() + "@leadbureau.test";
            for (String email : List.of(unknown, user.email(), user.email(), user.email())) {
                Answer answer = timedReset(email);
                assertTrue(answer.body().contains("belongs to an active staff account"), answer.body());
                assertTrue(answer.millis() >= 400, email + " answered in " + answer.millis() + " ms");
            }
            assertEquals(3, resetMails(user.email()), "three in an hour");
            assertTrue(requestReset(user.email()).contains("belongs to an active staff account"), "the same answer");
            assertEquals(3, resetMails(user.email()), "and no fourth mail");

            // Five requests so far from this address: five more are allowed, then none for anyone.
            FormCounts.fill(RESET_FORM, "127.0.0.1", 5);
            Account other = StaffAccounts.ensure(new Account("other-" + UUID.randomUUID() + "@leadbureau.test",
                    "another password entirely"), "Oli Other", "STAFF");
            String refused = requestReset(other.email());
            assertTrue(refused.contains("Please try again later"), refused);
            assertEquals(0, resetMails(other.email()));
        } finally {
            FormCounts.clear(RESET_FORM);
        }
    }

    @Test
    void aForcedResetEndsTheOldPasswordAndEverySessionSignedInWithIt() throws Exception {
        Account user = StaffAccounts.ensure(new Account("compromised-" + UUID.randomUUID() + "@leadbureau.test",
                "a password someone else knows"), "Cam Compromised", "STAFF");
        StaffSession stolen = StaffSession.signedIn(user);
        assertEquals(200, stolen.get("/staff").statusCode());

        HttpResponse<String> reset = adminPost("/api/staff/admin/users/" + idOf(user.email()) + "/password-reset", "");
        assertEquals(202, reset.statusCode(), reset.body());
        assertEquals(302, stolen.get("/staff").statusCode(), "the session signed in with the old password ends");
        assertEquals(401, Http.get("/api/staff/me", "Authorization", user.basic()).statusCode());
        assertEquals(1, Database.count("select count(*) from audit_event where action = 'PASSWORD_RESET_FORCED' and subject = ?",
                user.email()));

        String token = lastLink(user.email(), "Reset your LEAD Bureau Portal password");
        var session = new StaffSession();
        setPassword(session, token, session.get("/set-password?token=" + token).body(), "a password only I know");
        assertEquals(302, stolen.get("/staff").statusCode(), "the old session stays out after the new password");
        assertEquals(200, Http.get("/api/staff/me", "Authorization",
                new Account(user.email(), "a password only I know").basic()).statusCode());
    }

    private static long resetMails(String email) throws Exception {
        return Database.count("select count(*) from outbox_message where recipient = ? and subject = ?", email,
                "Reset your LEAD Bureau Portal password");
    }

    private static String requestReset(String email) {
        return timedReset(email).body();
    }

    /** The answer to a reset request and how long its POST took. */
    private record Answer(String body, long millis) {
    }

    private static Answer timedReset(String email) {
        var session = new StaffSession();
        HttpResponse<String> form = session.get("/forgot-password");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("forgot", "forgot");
        fields.put("forgot:email", email);
        fields.put("forgot:send", "");
        fields.putAll(StaffSession.hiddenFields(form.body()));
        long started = System.nanoTime();
        HttpResponse<String> answer = session.postForm("/forgot-password", fields);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(200, answer.statusCode(), answer.body());
        return new Answer(answer.body(), millis);
    }

    private static HttpResponse<String> setPassword(StaffSession session, String token, String page, String password) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("choose", "choose");
        fields.put("choose:password", password);
        fields.put("choose:save", "");
        fields.putAll(StaffSession.hiddenFields(page));
        return session.postForm("/set-password?token=" + token, fields);
    }

    /** The secret of the newest link mailed to this address with this subject. */
    private static String lastLink(String email, String subject) throws Exception {
        List<String> bodies = Database.strings("select body_text from outbox_message where recipient = ? and subject = ?"
                + " order by id desc", email, subject);
        assertFalse(bodies.isEmpty(), "a message '" + subject + "' to " + email);
        Matcher matcher = LINK.matcher(bodies.get(0));
        assertTrue(matcher.find(), bodies.get(0));
        return matcher.group(1);
    }

    /** The page without what differs between any two responses (nonce, view state). */
    private static String mainContent(String page) {
        int start = page.indexOf("<main");
        return page.substring(start, page.indexOf("</main>", start));
    }

    private static long idOf(String email) {
        HttpResponse<String> all = Http.get("/api/staff/admin/users", "Authorization", StaffAccounts.ADMIN.basic());
        return Http.jsonArray(all).getValuesAs(JsonObject.class).stream()
                .filter(user -> user.getString("email").equals(email))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private static HttpResponse<String> adminPost(String path, String json) {
        return Http.send(HttpRequest.newBuilder(Http.uri(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", StaffAccounts.ADMIN.basic())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }
}

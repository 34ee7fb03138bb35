package org.leadbureau.portal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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

    private static final String EXPIRED = "This link has expired or has already been used";
    private static final String RESET_FORM = "password-reset";

    @Test
    void anInvitedUserChoosesTheirPasswordThroughALinkThatWorksOnce() throws Exception {
        String email = "invited-" + UUID.randomUUID() + "@leadbureau.test";
        HttpResponse<String> created = StaffAccounts.admin("POST", "/api/staff/admin/users",
                "{\"email\":\"" + email + "\",\"name\":\"Ivy Invited\",\"roles\":[\"STAFF\"]}");
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(Http.json(created).getBoolean("awaitingPassword"));
        assertEquals(1, Database.count("select count(*) from audit_event where action = 'USER_INVITED' and subject = ?", email));

        String token = StaffAccounts.lastLink(email, "Your LEAD Bureau Portal account");
        var session = new StaffSession();
        HttpResponse<String> form = session.get("/set-password?token=" + token);
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("Welcome to the LEAD Bureau Portal"), "the page knows it is an invitation");

        HttpResponse<String> weak = StaffAccounts.setPassword(session, token, form.body(), "password1234");
        assertTrue(weak.body().contains("common"), "a common password is refused next to the field: " + weak.body());

        Account invited = new Account(email, "an invited user's own passphrase");
        HttpResponse<String> done = StaffAccounts.setPassword(session, token, weak.body(), invited.password());
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
        assertEquals(Http.main(knownAnswer), Http.main(unknownAnswer), "the answer does not reveal the account");
        assertEquals(0, Database.count("select count(*) from outbox_message where recipient = ?", unknown));
        assertEquals(1, Database.count("select count(*) from outbox_message where recipient = ?", user.email()));

        // Two days later (whatever the zones of test and server) the link no longer works.
        String expired = StaffAccounts.lastLink(user.email(), "Reset your LEAD Bureau Portal password");
        Timestamp past = Timestamp.from(Instant.now().minus(Duration.ofDays(2)));
        Database.update("update account_token set created_at = ?, expires_at = ? where user_id ="
                + " (select id from staff_user where email = ?)", past, past, user.email());
        assertTrue(new StaffSession().get("/set-password?token=" + expired).body().contains(EXPIRED));

        requestReset(user.email());
        String token = StaffAccounts.lastLink(user.email(), "Reset your LEAD Bureau Portal password");
        assertFalse(token.equals(expired));
        var session = new StaffSession();
        HttpResponse<String> done = StaffAccounts.setPassword(session, token, session.get("/set-password?token=" + token).body(),
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

        long id = StaffAccounts.find(user.email()).getJsonNumber("id").longValue();
        HttpResponse<String> reset = StaffAccounts.admin("POST", "/api/staff/admin/users/" + id + "/password-reset", null);
        assertEquals(202, reset.statusCode(), reset.body());
        assertEquals(302, stolen.get("/staff").statusCode(), "the session signed in with the old password ends");
        assertEquals(401, Http.get("/api/staff/me", "Authorization", user.basic()).statusCode());
        assertEquals(1, Database.count("select count(*) from audit_event where action = 'PASSWORD_RESET_FORCED' and subject = ?",
                user.email()));

        String token = StaffAccounts.lastLink(user.email(), "Reset your LEAD Bureau Portal password");
        var session = new StaffSession();
        StaffAccounts.setPassword(session, token, session.get("/set-password?token=" + token).body(), "a password only I know");
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
}

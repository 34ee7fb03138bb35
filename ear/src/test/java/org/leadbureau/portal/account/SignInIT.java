package org.leadbureau.portal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Database;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.SharedPortal;
import org.leadbureau.portal.it.StaffAccounts;
import org.leadbureau.portal.it.StaffAccounts.Account;
import org.leadbureau.portal.it.StaffSession;

/** Sign-in and sign-out as staff meet them: sessions, redirects back, throttling, deactivation. */
@SharedPortal
class SignInIT {

    @Test
    void theSessionIdChangesAtSignInAndTheOldOneIsWorthNothing() {
        var session = new StaffSession();
        session.get("/login");
        assertTrue(session.sessionId().isEmpty(), "the sign-in page alone opens no session");
        // An id an attacker planted in the victim's browser before sign-in.
        String before = "planted" + UUID.randomUUID().toString().replace("-", "");
        session.useSessionId(before);

        HttpResponse<String> signedIn = session.signIn(StaffAccounts.ADMIN.email(), StaffAccounts.ADMIN.password(), null);
        assertEquals(302, signedIn.statusCode());
        String after = signedIn.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .map(cookie -> cookie.substring("JSESSIONID=".length(), cookie.indexOf(';')))
                .findFirst().orElseThrow();
        assertNotEquals(before, after);
        var victim = new StaffSession();
        victim.useSessionId(after);
        assertEquals(200, victim.get("/staff").statusCode());

        var attacker = new StaffSession();
        attacker.useSessionId(before);
        assertEquals(302, attacker.get("/staff").statusCode());
    }

    @Test
    void aScriptMayCallTheApiSeveralTimesAtOnceWithOneAccount() throws Exception {
        Account script = StaffAccounts.ensure(new Account("script@leadbureau.test", "a script's own test password"),
                "Scripted Set-up", "STAFF");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                calls.add(pool.submit(() -> Http.get("/api/staff/me", "Authorization", script.basic()).statusCode()));
            }
            for (Future<Integer> call : calls) {
                assertEquals(200, call.get(), "each simultaneous call signs in and is answered");
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, Database.count("select count(*) from staff_user where email = ? and last_login_at is not null",
                script.email()));
    }

    @Test
    void signInLeadsBackToThePageAskedForButNeverToAnotherSite() {
        var anonymous = Http.get("/staff/account?tab=password");
        assertEquals(302, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElse("").endsWith("/login?next=%2Fstaff%2Faccount%3Ftab%3Dpassword"));

        var session = new StaffSession();
        var back = session.signIn(StaffAccounts.ADMIN.email(), StaffAccounts.ADMIN.password(), "/staff/account?tab=password");
        assertTrue(back.headers().firstValue("Location").orElse("").endsWith("/staff/account?tab=password"),
                back.headers().toString());

        var elsewhere = new StaffSession().signIn(StaffAccounts.ADMIN.email(), StaffAccounts.ADMIN.password(), "//evil.example/");
        assertTrue(elsewhere.headers().firstValue("Location").orElse("").endsWith("localhost:8080/staff"),
                elsewhere.headers().toString());
    }

    @Test
    void signingOutEndsTheSessionAndOnlyWorksAsAPost() {
        var session = StaffSession.signedIn(StaffAccounts.ADMIN);
        String id = session.sessionId().orElseThrow();
        assertEquals(405, session.get("/logout").statusCode(), "no state-changing GET");

        var out = session.signOut();
        assertEquals(302, out.statusCode());
        assertTrue(out.headers().firstValue("Location").orElse("").contains("/login?signedOut=true"));

        var replay = new StaffSession();
        replay.useSessionId(id);
        assertEquals(302, replay.get("/staff").statusCode());
    }

    @Test
    void aWrongPasswordShowsAMessageNextToTheFieldAndTheRightOneThenWorks() {
        Account account = StaffAccounts.ensure(new Account("forgetful@leadbureau.test", "the forgetful one's password"),
                "Forgetful", "STAFF");
        var session = new StaffSession();
        var wrong = session.signIn(account.email(), "not the password at all", null);
        assertEquals(200, wrong.statusCode());
        assertTrue(wrong.body().contains("The email or password is not right."));

        assertEquals(302, session.signIn(account.email(), account.password(), null).statusCode());
    }

    @Test
    void fiveFailuresLockTheAccountFor15MinutesEvenForTheRightPassword() throws Exception {
        Account account = StaffAccounts.ensure(new Account("locked-out@leadbureau.test", "the locked out one's password"),
                "Locked Out", "STAFF");
        Account wrong = new Account(account.email(), "a wrong password, again");
        for (int attempt = 1; attempt <= 5; attempt++) {
            var response = Http.get("/api/staff/me", "Authorization", wrong.basic());
            assertEquals(401, response.statusCode(), "attempt " + attempt);
        }

        var refused = Http.get("/api/staff/me", "Authorization", account.basic());
        assertEquals(429, refused.statusCode());
        assertTrue(Http.json(refused).getString("detail").contains("Try again in 15 minutes"), refused.body());
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter > 14 * 60 && retryAfter <= 15 * 60, "Retry-After " + retryAfter);

        var page = new StaffSession().signIn(account.email(), account.password(), null);
        assertTrue(page.body().contains("Too many failed attempts"), "the sign-in page explains the lock");

        assertEquals(List.of("LOCKED_OUT"), Database.strings(
                "select action from audit_event where subject = ? and action = 'LOCKED_OUT'", account.email()));
        assertTrue(Database.count("select count(*) from audit_event where subject = ? and action = 'SIGN_IN_FAILED'",
                account.email()) >= 5);
    }

    @Test
    void aDeactivatedAccountIsSignedOutAtItsNextRequest() throws Exception {
        Account account = StaffAccounts.ensure(new Account("leaving@leadbureau.test", "the leaving one's password"),
                "Leaving", "TRAINER");
        var session = StaffSession.signedIn(account);
        assertEquals(200, session.get("/staff").statusCode());

        Database.update("update staff_user set active = false where email = ?", account.email());

        assertEquals(302, session.get("/staff").statusCode());
        assertEquals(401, Http.get("/api/staff/me", "Authorization", account.basic()).statusCode());
    }

    @Test
    void theAuditLogRecordsSignInsWithTimeUserAndAddressButNoSecret() throws Exception {
        StaffSession.signedIn(StaffAccounts.ADMIN);
        List<String> rows = Database.strings("select concat(action, '|', actor, '|', client_address) from audit_event "
                + "where action = 'SIGN_IN' and actor = ?", StaffAccounts.ADMIN.email());
        assertTrue(rows.stream().anyMatch(row -> row.matches("SIGN_IN\\|" + StaffAccounts.ADMIN.email() + "\\|(127\\.0\\.0\\.1|0:0:0:0:0:0:0:1)")),
                rows.toString());
        assertEquals(0, Database.count("select count(*) from audit_event where detail like ? or subject like ?",
                "%" + StaffAccounts.ADMIN.password() + "%", "%" + StaffAccounts.ADMIN.password() + "%"));
    }
}

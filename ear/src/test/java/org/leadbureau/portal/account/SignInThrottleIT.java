package org.leadbureau.portal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Database;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.HttpFrom;
import org.leadbureau.portal.it.SharedPortal;
import org.leadbureau.portal.it.StaffAccounts;
import org.leadbureau.portal.it.StaffAccounts.Account;
import org.leadbureau.portal.it.StaffSession;

/**
 * Throttling bounds guessing per client address without letting anyone lock an owner out: each test's attacker
 * binds its own loopback address (127.0.0.4 and up); the owner calls from 127.0.0.1.
 */
@SharedPortal
class SignInThrottleIT {

    @Test
    void anAttackerAtAnotherAddressCannotLockTheOwnerOut() throws Exception {
        Account owner = StaffAccounts.ensure(new Account("targeted-admin@leadbureau.test", "the targeted admin's password"),
                "Targeted Admin", "ADMIN");
        HttpFrom attacker = HttpFrom.address("127.0.0.4");
        lockOut(attacker, owner);

        long started = System.nanoTime();
        HttpFrom.Response refused = attacker.get("/api/staff/me", "Authorization", owner.basic());
        assertEquals(429, refused.status(), "the attacker's address is throttled, even with the right password");
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 3000, "refused at once, no sleep");
        long retryAfter = Long.parseLong(refused.header("Retry-After").orElseThrow());
        assertTrue(retryAfter > 14 * 60 && retryAfter <= 15 * 60, "Retry-After " + retryAfter);

        assertEquals(200, Http.get("/api/staff/me", "Authorization", owner.basic()).statusCode(),
                "the owner's own address was never refused");
        assertEquals(302, new StaffSession().signIn(owner.email(), owner.password(), null).statusCode());

        assertEquals(List.of("127.0.0.4"), Database.strings("select distinct client_address from audit_event"
                + " where subject = ? and action in ('SIGN_IN_FAILED', 'LOCKED_OUT')", owner.email()),
                "the audit log names the attacker's address for API failures and the lockout");
    }

    @Test
    void aBasicHeaderOnAPublicPathIsNeitherCheckedNorCounted() throws Exception {
        Account account = StaffAccounts.ensure(new Account("public-path@leadbureau.test", "the public path one's password"),
                "Public Path", "STAFF");
        HttpFrom client = HttpFrom.address("127.0.0.5");
        Account wrong = new Account(account.email(), "not the password");
        for (int i = 0; i < 6; i++) {
            assertEquals(200, client.get("/api/health", "Authorization", wrong.basic()).status());
            assertEquals(200, client.get("/api/search?q=lead", "Authorization", wrong.basic()).status());
        }
        assertEquals(200, client.get("/api/staff/me", "Authorization", account.basic()).status());
        assertEquals(0, Database.count("select count(*) from audit_event where subject = ? and action = 'SIGN_IN_FAILED'",
                account.email()));
    }

    @Test
    void oneAddressFailsTwentyTimesAtMostWhateverTheAccounts() {
        Account account = StaffAccounts.ensure(new Account("guessed-among-many@leadbureau.test", "one of many passwords"),
                "Guessed Among Many", "STAFF");
        HttpFrom guesser = HttpFrom.address("127.0.0.6");
        for (int i = 1; i <= 20; i++) {
            Account guess = new Account("guess-" + i + "@leadbureau.test", "a guess");
            assertEquals(401, guesser.get("/api/staff/me", "Authorization", guess.basic()).status(), "guess " + i);
        }
        assertEquals(429, guesser.get("/api/staff/me", "Authorization", account.basic()).status(),
                "the address is throttled for every account");
        assertEquals(200, Http.get("/api/staff/me", "Authorization", account.basic()).statusCode(),
                "other addresses are not");
    }

    @Test
    void anAdministratorLiftsTheLockAndTheAuditLogSaysWho() throws Exception {
        Account account = StaffAccounts.ensure(new Account("lifted@leadbureau.test", "the lifted one's password"),
                "Lifted", "TRAINER");
        HttpFrom office = HttpFrom.address("127.0.0.7");
        lockOut(office, account);
        assertEquals(429, office.get("/api/staff/me", "Authorization", account.basic()).status());

        long id = Http.json(Http.get("/api/staff/admin/users?size=100", "Authorization", StaffAccounts.ADMIN.basic()))
                .getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(user -> user.getString("email").equals(account.email()))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        var page = StaffSession.signedIn(StaffAccounts.ADMIN).get("/staff/admin/users");
        assertTrue(page.body().contains("Lift the sign-in lock of " + account.email()), "a button on the accounts page");

        var lifted = Http.send(HttpRequest.newBuilder(Http.uri("/api/staff/admin/users/" + id + "/unlock"))
                .header("Authorization", StaffAccounts.ADMIN.basic())
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, lifted.statusCode(), lifted.body());

        assertEquals(200, office.get("/api/staff/me", "Authorization", account.basic()).status());
        assertEquals(List.of(StaffAccounts.ADMIN.email()), Database.strings(
                "select actor from audit_event where subject = ? and action = 'SIGN_IN_UNLOCKED'", account.email()));
    }

    /** Five wrong passwords for the account from this address. */
    private static void lockOut(HttpFrom client, Account account) {
        Account wrong = new Account(account.email(), "a wrong password, again");
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(401, client.get("/api/staff/me", "Authorization", wrong.basic()).status(), "attempt " + attempt);
        }
    }
}

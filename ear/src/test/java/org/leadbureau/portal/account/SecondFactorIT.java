package org.leadbureau.portal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.account.control.Totp;
import org.leadbureau.portal.it.Database;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.HttpFrom;
import org.leadbureau.portal.it.SharedPortal;
import org.leadbureau.portal.it.StaffAccounts;
import org.leadbureau.portal.it.StaffAccounts.Account;
import org.leadbureau.portal.it.StaffSession;

/** Two-step sign-in: a user turns it on with an authenticator app; ADMIN can require it of administrators. */
@SharedPortal
class SecondFactorIT {

    private static final Pattern SECRET = Pattern.compile("id=\"totp-secret\">([A-Z2-7]+)<");
    private static final Pattern RECOVERY = Pattern.compile("<code>([a-z2-9]{5}-[a-z2-9]{5})</code>");

    @Test
    void enrolThenSignInWithACodeOnceAndWithARecoveryCodeOnce() throws Exception {
        Account account = StaffAccounts.ensure(new Account("two-step@leadbureau.test", "the careful one's password"),
                "Careful", "STAFF");
        var session = StaffSession.signedIn(account);
        var page = session.get("/staff/account");
        var started = session.postForm("/staff/account", form(page.body(), "totp", "totp:start"));
        String secret = secret(started);
        assertTrue(started.body().contains("src=\"data:image/svg+xml;base64,"), "a QR code");

        // A wrong code and a wrong password are both said in one round.
        var refused = confirm(session, started, "000000".equals(Totp.codeAt(secret, Instant.now().getEpochSecond() / 30))
                ? "111111" : "000000", "not the password");
        assertTrue(refused.body().contains("That code is not right") && refused.body().contains("This is not your current password."),
                Http.main(refused.body()));

        long step = Instant.now().getEpochSecond() / 30;
        var confirmed = confirm(session, refused, Totp.codeAt(secret, step), account.password());
        Matcher recovery = RECOVERY.matcher(confirmed.body());
        assertTrue(recovery.find(), "recovery codes are shown once");
        String recoveryCode = recovery.group(1);

        var withoutCode = new StaffSession().signIn(account.email(), account.password(), null);
        assertEquals(200, withoutCode.statusCode());
        assertTrue(withoutCode.body().contains("This account uses two-step sign-in"));

        var replayed = signInWithCode(account, Totp.codeAt(secret, step));
        assertTrue(replayed.body().contains("That code is not right"), "a code works once");
        HttpFrom attacker = HttpFrom.address("127.0.0.8");
        Account wrong = new Account(account.email(), "someone else's guess");
        for (int attempt = 1; attempt <= 5; attempt++) {
            attacker.get("/api/staff/me", "Authorization", wrong.basic());
        }
        assertEquals(429, attacker.get("/api/staff/me", "Authorization", wrong.basic()).status());
        assertEquals(302, signInWithCode(account, Totp.codeAt(secret, step + 1)).statusCode(),
                "someone else's failures never hold back the right password and code");

        assertEquals(302, signInWithCode(account, recoveryCode.toUpperCase()).statusCode());
        assertTrue(signInWithCode(account, recoveryCode).body().contains("That code is not right"), "recovery codes work once");

        long failures = Database.count("select count(*) from audit_event where subject = ? and action = 'SIGN_IN_FAILED'",
                account.email());
        var basic = Http.get("/api/staff/me", "Authorization", account.basic());
        var wrongPassword = Http.get("/api/staff/me", "Authorization", new Account(account.email(), "not it").basic());
        assertEquals(401, basic.statusCode());
        assertEquals(Http.json(wrongPassword).getString("detail"), Http.json(basic).getString("detail"),
                "HTTP Basic does not confirm the password of an account with two-step sign-in");
        assertEquals(wrongPassword.headers().firstValue("WWW-Authenticate"), basic.headers().firstValue("WWW-Authenticate"));
        assertEquals(failures + 2, Database.count("select count(*) from audit_event where subject = ?"
                + " and action = 'SIGN_IN_FAILED'", account.email()), "and counts as a failure");
    }

    @Test
    void whenAdminRequiresItAnAdministratorWithoutItCanOnlySetItUp() throws Exception {
        Account admin = StaffAccounts.ensure(new Account("unprotected-admin@leadbureau.test", "an admin without an app"),
                "Unprotected Admin", "ADMIN");
        var session = StaffSession.signedIn(StaffAccounts.ADMIN);
        var settings = session.get("/staff/admin");
        Map<String, String> require = form(settings.body(), "settings", "settings:save");
        require.put("settings:secondFactorRequired_input", "on");
        assertEquals(200, session.postForm("/staff/admin", require).statusCode());
        try {
            assertEquals("true", Database.strings(
                    "select setting_value from portal_setting where name = 'totp-required-for-admins'").get(0));
            var unprotected = StaffSession.signedIn(admin);
            HttpResponse<String> redirected = unprotected.get("/staff/admin/users");
            assertEquals(302, redirected.statusCode());
            assertTrue(redirected.headers().firstValue("Location").orElse("").endsWith("/staff/account?secondFactor=required"));
            assertEquals(200, unprotected.get("/staff/account").statusCode());
            assertEquals(403, Http.get("/api/staff/admin/users", "Authorization", admin.basic()).statusCode());
            assertEquals(1, Database.count("select count(*) from audit_event where action = 'SETTING_CHANGED'"
                    + " and subject = 'totp-required-for-admins' and detail = 'true'"));
        } finally {
            Database.update("update portal_setting set setting_value = 'false' where name = 'totp-required-for-admins'");
        }
    }

    @Test
    void turningItOnOrMovingItAsksForThePasswordAndTheSecretIsStoredEncrypted() throws Exception {
        Account account = StaffAccounts.ensure(new Account("re-asked@leadbureau.test", "the re-asked one's password"),
                "Re Asked", "TRAINER");
        var session = StaffSession.signedIn(account);
        var started = session.postForm("/staff/account", form(session.get("/staff/account").body(), "totp", "totp:start"));
        String secret = secret(started);
        long step = Instant.now().getEpochSecond() / 30;

        var refused = confirm(session, started, Totp.codeAt(secret, step), "not the password");
        assertTrue(refused.body().contains("This is not your current password."), "said next to the field");
        assertEquals(0, Database.count("select count(*) from staff_user where email = ? and totp_enabled = true",
                account.email()), "an open session alone does not turn it on");

        confirm(session, refused, Totp.codeAt(secret, step), account.password());
        String stored = Database.strings("select totp_secret from staff_user where email = ?", account.email()).get(0);
        assertTrue(stored.startsWith("v1:") && !stored.contains(secret), "encrypted at rest: " + stored);
        assertEquals(302, signInWithCode(account, Totp.codeAt(secret, step + 1)).statusCode(),
                "the encrypted secret still checks codes");

        var moving = session.postForm("/staff/account", form(session.get("/staff/account").body(), "totpMove",
                "totpMove:start"));
        String newSecret = secret(moving);
        assertTrue(confirm(session, moving, Totp.codeAt(newSecret, step), "").body()
                .contains("This is not your current password."));
        confirm(session, moving, Totp.codeAt(newSecret, step), account.password());
        // Codes of this time step may be used again, so that the test need not wait for the next one.
        Database.update("update staff_user set totp_last_step = ? where email = ?", step - 2, account.email());
        assertEquals(302, signInWithCode(account, Totp.codeAt(newSecret, step)).statusCode(), "the new app works");
        assertTrue(signInWithCode(account, Totp.codeAt(secret, step + 1)).body().contains("That code is not right"),
                "the old app no longer works");
        assertEquals(1, Database.count("select count(*) from audit_event where action = 'TOTP_REPLACED' and subject = ?",
                account.email()));
    }

    @Test
    void adminResetsAnotherAccountsSecondFactorAndItIsAudited() throws Exception {
        Account account = StaffAccounts.ensure(new Account("lost-phone@leadbureau.test", "the one who lost a phone"),
                "Lost Phone", "STAFF");
        enrol(account);
        assertTrue(new StaffSession().signIn(account.email(), account.password(), null).body()
                .contains("This account uses two-step sign-in"));
        long id = Database.count("select id from staff_user where email = ?", account.email());

        assertEquals(403, resetSecondFactor(id, StaffAccounts.staff()).statusCode());
        var reset = resetSecondFactor(id, StaffAccounts.ADMIN);
        assertEquals(200, reset.statusCode(), reset.body());
        assertEquals(false, Http.json(reset).getBoolean("secondFactor"));

        assertEquals(302, new StaffSession().signIn(account.email(), account.password(), null).statusCode(),
                "the password alone signs in again, to set up a new app");
        assertEquals(1, Database.count("select count(*) from audit_event where action = 'TOTP_RESET' and subject = ?"
                + " and actor = ?", account.email(), StaffAccounts.ADMIN.email()));
    }

    @Test
    void theAccountsPageOffersTheResetForAccountsWithTwoStepSignIn() {
        Account account = StaffAccounts.ensure(new Account("button@leadbureau.test", "the one with a button"),
                "Has Button", "STAFF");
        enrol(account);

        var admin = StaffSession.signedIn(StaffAccounts.ADMIN);
        String users = admin.get("/staff/admin/users").body();
        assertTrue(users.contains("aria-label=\"Reset two-step sign-in of " + account.email() + "\""), "a button");
        assertTrue(!users.contains("aria-label=\"Reset two-step sign-in of " + StaffAccounts.STAFF.email() + "\""),
                "only where there is something to reset");
    }

    /** Signs the account in and turns on its two-step sign-in; answers the app's secret. */
    private static String enrol(Account account) {
        var session = StaffSession.signedIn(account);
        var started = session.postForm("/staff/account", form(session.get("/staff/account").body(), "totp", "totp:start"));
        String secret = secret(started);
        confirm(session, started, Totp.codeAt(secret, Instant.now().getEpochSecond() / 30), account.password());
        return secret;
    }

    private static HttpResponse<String> resetSecondFactor(long userId, Account caller) {
        return Http.send(HttpRequest.newBuilder(Http.uri("/api/staff/admin/users/" + userId + "/second-factor/reset"))
                .header("Authorization", caller.basic()).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private static String secret(HttpResponse<String> page) {
        Matcher secretMatch = SECRET.matcher(page.body());
        assertTrue(secretMatch.find(), "the page shows the key beside the QR code");
        return secretMatch.group(1);
    }

    private static HttpResponse<String> confirm(StaffSession session, HttpResponse<String> page, String code,
                                                String password) {
        Map<String, String> confirm = form(page.body(), "totp", "totp:confirm");
        confirm.put("totp:code", code);
        confirm.put("totp:currentPassword", password);
        return session.postForm("/staff/account", confirm);
    }

    private static HttpResponse<String> signInWithCode(Account account, String code) {
        var session = new StaffSession();
        var page = session.get("/login");
        Map<String, String> fields = form(page.body(), "login", "login:signIn");
        fields.put("login:email", account.email());
        fields.put("login:password", account.password());
        fields.put("login:code", code);
        return session.postForm("/login", fields);
    }

    private static Map<String, String> form(String html, String formId, String button) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(formId, formId);
        fields.put(button, "");
        fields.putAll(StaffSession.hiddenFields(html));
        return fields;
    }
}

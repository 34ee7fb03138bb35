package org.leadbureau.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Database;
import org.leadbureau.portal.it.HttpFrom;
import org.leadbureau.portal.it.SharedPortal;
import org.leadbureau.portal.it.StaffAccounts;
import org.leadbureau.portal.it.StaffAccounts.Account;
import org.leadbureau.portal.it.StaffSession;

/**
 * Behind a reverse proxy: the test server trusts 127.0.0.3 (PORTAL_TRUSTED_PROXIES in ear/pom.xml), whose
 * X-Forwarded-For and X-Forwarded-Proto name the client; from any other address those headers count for nothing.
 */
@SharedPortal
class TrustedProxyIT {

    private static final HttpFrom PROXY = HttpFrom.address("127.0.0.3");
    private static final HttpFrom STRANGER = HttpFrom.address("127.0.0.9");

    @Test
    void forwardingHeadersFromAnyoneButTheProxyAreIgnored() throws Exception {
        Account account = StaffAccounts.ensure(new Account("spoofed@leadbureau.test", "the spoofed one's password"),
                "Spoofed", "STAFF");
        Account wrong = new Account(account.email(), "not the password");
        for (int attempt = 1; attempt <= 5; attempt++) {
            // A new made-up address each time would dodge the throttle if the portal believed it.
            var failed = STRANGER.get("/api/staff/me", "Authorization", wrong.basic(),
                    "X-Forwarded-For", "203.0.113." + attempt, "X-Forwarded-Proto", "https");
            assertEquals(401, failed.status());
            assertTrue(failed.header("Strict-Transport-Security").isEmpty(), "no HSTS for a claimed https");
        }
        assertEquals(429, STRANGER.get("/api/staff/me", "Authorization", account.basic(),
                "X-Forwarded-For", "203.0.113.99").status());
        assertEquals(List.of("127.0.0.9"), Database.strings("select distinct client_address from audit_event"
                + " where subject = ? and action = 'SIGN_IN_FAILED'", account.email()));
    }

    @Test
    void theTrustedProxyNamesTheClientForThrottlingAndTheAuditLog() throws Exception {
        Account account = StaffAccounts.ensure(new Account("proxied@leadbureau.test", "the proxied one's password"),
                "Proxied", "STAFF");
        Account wrong = new Account(account.email(), "not the password");
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(401, PROXY.get("/api/staff/me", "Authorization", wrong.basic(),
                    "X-Forwarded-For", "198.51.100.1").status());
        }
        assertEquals(429, PROXY.get("/api/staff/me", "Authorization", account.basic(),
                "X-Forwarded-For", "198.51.100.1").status(), "the attacker behind the proxy is throttled");
        assertEquals(200, PROXY.get("/api/staff/me", "Authorization", account.basic(),
                "X-Forwarded-For", "1.2.3.4, 198.51.100.2").status(), "the owner behind the same proxy is not");
        assertEquals(List.of("198.51.100.1"), Database.strings("select distinct client_address from audit_event"
                + " where subject = ? and action in ('SIGN_IN_FAILED', 'LOCKED_OUT')", account.email()));
        assertEquals(List.of("198.51.100.2"), Database.strings("select distinct client_address from audit_event"
                + " where subject = ? and action = 'SIGN_IN'", account.email()));
    }

    @Test
    void httpsAtTheProxyBringsHstsAndIsTheRequestsOwnOrigin() {
        for (String path : List.of("/", "/api/health", "/login")) {
            var response = PROXY.get(path, "X-Forwarded-Proto", "https");
            assertEquals("max-age=31536000; includeSubDomains", response.header("Strict-Transport-Security").orElse(null), path);
            assertTrue(PROXY.get(path).header("Strict-Transport-Security").isEmpty(), "plain http: " + path);
        }

        String cookie = "JSESSIONID=" + StaffSession.signedIn(StaffAccounts.trainer()).sessionId().orElseThrow();
        String httpsOrigin = "https://localhost:8080";
        assertEquals(200, PROXY.post("/api/staff/visits/feed", null, null, "Cookie", cookie,
                "X-Forwarded-Proto", "https", "Origin", httpsOrigin).status(), "the origin the browser used");
        assertEquals(403, STRANGER.post("/api/staff/visits/feed", null, null, "Cookie", cookie,
                "X-Forwarded-Proto", "https", "Origin", httpsOrigin).status(), "a claimed scheme counts for nothing");
    }
}

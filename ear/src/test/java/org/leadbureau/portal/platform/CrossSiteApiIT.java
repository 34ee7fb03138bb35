package org.leadbureau.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.SharedPortal;
import org.leadbureau.portal.it.StaffAccounts;
import org.leadbureau.portal.it.StaffSession;

/**
 * The session cookie authenticates the staff API only for requests from the portal's own pages: another site's
 * form or script is refused, while scripts with HTTP Basic and no cookie need no Origin.
 */
@SharedPortal
class CrossSiteApiIT {

    /** A state-changing staff call any role may make, with an empty body (a new calendar feed address). */
    private static final String FEED = "/api/staff/visits/feed";

    private static StaffSession session;

    @BeforeAll
    static void signIn() {
        session = StaffSession.signedIn(StaffAccounts.trainer());
    }

    @Test
    void aSessionPostWithoutOriginOrRefererOrFromAnotherSiteIsRefused() {
        assertForbidden(session.send(post(FEED).build()));
        assertForbidden(session.send(post(FEED).header("Origin", "https://evil.example").build()));
        assertForbidden(session.send(post(FEED).header("Origin", "null").build()));
        assertForbidden(session.send(post(FEED).header("Referer", "https://evil.example/page").build()));
        assertForbidden(session.send(HttpRequest.newBuilder(Http.uri("/api/staff/trainers/unavailability/999999999"))
                .header("Origin", "http://localhost:8081").DELETE().build()));
    }

    @Test
    void aSessionPostFromThePortalsOwnPagesGoesThrough() {
        assertEquals(200, session.send(post(FEED).header("Origin", Http.baseUrl()).build()).statusCode());
        assertEquals(200, session.send(post(FEED).header("Referer", Http.baseUrl() + "/staff/visits").build()).statusCode());
        assertEquals(200, session.get("/api/staff/me").statusCode(), "reading needs no Origin");
    }

    @Test
    void scriptsWithHttpBasicAndNoCookieNeedNoOriginButAnotherSitesOriginIsRefused() {
        String basic = StaffAccounts.trainer().basic();
        assertEquals(200, Http.send(post(FEED).header("Authorization", basic).build()).statusCode());
        assertForbidden(Http.send(post(FEED).header("Authorization", basic).header("Origin", "https://evil.example").build()));
    }

    @Test
    void browsersAreNotAskedForBasicCredentials() {
        var browser = Http.get("/api/staff/me", "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(401, browser.statusCode());
        assertTrue(browser.headers().firstValue("WWW-Authenticate").isEmpty(), browser.headers().toString());
        var script = Http.get("/api/staff/me", "Accept", "application/json");
        assertTrue(script.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
    }

    @Test
    void theSitesImportTakesCsvNotPlainText() {
        var plain = Http.send(post("/api/staff/sites/import").header("Authorization", StaffAccounts.staff().basic())
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("name,jurisdiction,state,status,launched,source_url,notes\n"))
                .build());
        assertEquals(415, plain.statusCode(), plain.body());
        assertEquals(415, Http.json(plain).getInt("status"));
    }

    private static HttpRequest.Builder post(String path) {
        return HttpRequest.newBuilder(Http.uri(path)).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.noBody());
    }

    private static void assertForbidden(HttpResponse<String> response) {
        assertEquals(403, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(Http.json(response).getString("detail").contains("portal's own pages"), response.body());
    }
}

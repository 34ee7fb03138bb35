package org.leadbureau.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.SharedPortal;
import org.leadbureau.portal.it.StaffAccounts;
import org.leadbureau.portal.it.StaffSession;
import org.leadbureau.portal.it.TestTrainings;

/**
 * Every kind of response carries the hardening headers: pages, error pages, REST, static files and downloads;
 * private responses are never cached.
 */
@SharedPortal
class SecurityHeadersIT {

    @Test
    void pagesErrorsApiAndStaticFilesAreHardened() {
        for (String path : List.of("/", "/about/what-is-lead", "/login", "/no-such-page", "/api/health",
                "/api/no-such-thing", "/api/staff/me", "/jakarta.faces.resource/css/portal.css.xhtml?ln=portal",
                "/api-docs", "/openapi", "/swagger-ui/swagger-ui-bundle.js")) {
            assertHardened(Http.get(path), path);
        }
    }

    @Test
    void downloadsKeepEveryHeaderAndAreSandboxed() {
        StaffAccounts.Account staff = StaffAccounts.staff();
        String training = TestTrainings.training("Hardened downloads").publish();
        for (String path : List.of("/library/officer-field-guide/file", "/api/sites?format=csv",
                "/api/trainings/" + training + "/calendar.ics",
                "/api/staff/trainings/" + training + "/registrations?format=csv")) {
            HttpResponse<String> response = Http.get(path, "Authorization", staff.basic());
            assertEquals(200, response.statusCode(), path);
            assertTrue(header(response, "Content-Disposition").startsWith("attachment"), path);
            assertHardened(response, path);
            assertTrue(response.headers().allValues("Content-Security-Policy").contains("sandbox"), path + " is sandboxed");
        }
    }

    @Test
    void privatePagesAndTheStaffApiAreNeverCached() {
        StaffSession session = StaffSession.signedIn(StaffAccounts.staff());
        List<HttpResponse<String>> responses = List.of(session.get("/staff"), session.get("/staff/trainings"),
                session.get("/api/staff/me"), Http.get("/staff/inquiries"), Http.get("/api/staff/me"),
                Http.get("/registrations/no-such-token-but-private-all-the-same"));
        for (HttpResponse<String> response : responses) {
            assertEquals("no-store", header(response, "Cache-Control"), response.uri() + " " + response.statusCode());
        }
        assertEquals(200, responses.get(0).statusCode(), "signed in, the staff home itself is not cached");
        assertTrue(Http.get("/trainings").headers().firstValue("Cache-Control").filter("no-store"::equals).isEmpty(),
                "public pages may be cached");
    }

    private static void assertHardened(HttpResponse<String> response, String path) {
        assertEquals("nosniff", header(response, "X-Content-Type-Options"), path);
        assertEquals("strict-origin-when-cross-origin", header(response, "Referrer-Policy"), path);
        assertTrue(header(response, "Permissions-Policy").contains("camera=()"), path);
        assertEquals("DENY", header(response, "X-Frame-Options"), path);
        String csp = String.join(" ", response.headers().allValues("Content-Security-Policy"));
        for (String directive : List.of("frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'")) {
            assertTrue(csp.contains(directive), path + " CSP has " + directive + ": " + csp);
        }
        assertTrue(response.headers().firstValue("Strict-Transport-Security").isEmpty(), "no HSTS over plain HTTP: " + path);
    }

    @Test
    void facesPagesAllowOnlyTheirOwnNoncedScripts() {
        HttpResponse<String> page = Http.get("/");
        String csp = String.join(" ", page.headers().allValues("Content-Security-Policy"));
        assertTrue(csp.matches(".*script-src 'self' 'nonce-[A-Za-z0-9+/=_-]+'.*"), csp);
        String html = Http.page(page, "LEAD National Support Bureau");
        assertTrue(!html.contains(" onclick=") && !html.contains("javascript:"), "no inline handlers");
    }

    /** PrimeFaces refuses a postback without its view's nonce; every form carries it, also without JavaScript. */
    @Test
    void eachPageHasANonceOfItsOwnAndAFormPostedWithoutJavaScriptIsAccepted() {
        StaffSession visitor = new StaffSession();
        HttpResponse<String> page = visitor.get("/search?q=diversion");
        String nonce = StaffSession.hiddenFields(page.body()).get("primefaces.nonce");
        assertTrue(nonce != null && String.join(" ", page.headers().allValues("Content-Security-Policy")).contains("'nonce-" + nonce + "'"),
                "the search form carries the nonce of its page: " + nonce);
        String again = StaffSession.hiddenFields(visitor.get("/search?q=diversion").body()).get("primefaces.nonce");
        assertTrue(again != null && !again.equals(nonce), "a fresh nonce for each page");

        Map<String, String> fields = new LinkedHashMap<>(Map.of("search", "search", "search:q_input", "housing", "search:go", ""));
        fields.putAll(StaffSession.hiddenFields(page.body()));
        HttpResponse<String> searched = visitor.postForm("/search?q=diversion", fields);
        assertEquals(302, searched.statusCode(), searched.body());
        assertTrue(searched.headers().firstValue("Location").orElse("").contains("q=housing"), searched.headers().toString());
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        String cookie = new StaffSession().signIn(StaffAccounts.ADMIN.email(), StaffAccounts.ADMIN.password(), null)
                .headers().allValues("Set-Cookie").stream().filter(set -> set.startsWith("JSESSIONID=")).findFirst()
                .orElse("(no session cookie at sign-in)");
        assertTrue(cookie.startsWith("JSESSIONID="), cookie);
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie);
    }

    private static String header(HttpResponse<String> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }
}

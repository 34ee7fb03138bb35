package org.leadbureau.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.SharedPortal;

/** Every kind of response carries the hardening headers: pages, error pages, REST and static files. */
@SharedPortal
class SecurityHeadersIT {

    @Test
    void pagesErrorsApiAndStaticFilesAreHardened() {
        for (String path : List.of("/", "/about/what-is-lead", "/login", "/no-such-page", "/api/health",
                "/api/no-such-thing", "/api/staff/me", "/jakarta.faces.resource/css/portal.css.xhtml?ln=portal")) {
            HttpResponse<String> response = Http.get(path);
            assertEquals("nosniff", header(response, "X-Content-Type-Options"), path);
            assertEquals("strict-origin-when-cross-origin", header(response, "Referrer-Policy"), path);
            assertTrue(header(response, "Permissions-Policy").contains("camera=()"), path);
            String csp = String.join(" ", response.headers().allValues("Content-Security-Policy"));
            for (String directive : List.of("frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'")) {
                assertTrue(csp.contains(directive), path + " CSP has " + directive + ": " + csp);
            }
            assertTrue(response.headers().firstValue("Strict-Transport-Security").isEmpty(), "no HSTS over plain HTTP: " + path);
        }
    }

    @Test
    void facesPagesAllowOnlyTheirOwnNoncedScripts() {
        HttpResponse<String> page = Http.get("/");
        String csp = String.join(" ", page.headers().allValues("Content-Security-Policy"));
        assertTrue(csp.matches(".*script-src 'self' 'nonce-[A-Za-z0-9+/=_-]+'.*"), csp);
        assertTrue(!page.body().contains(" onclick=") && !page.body().contains("javascript:"), "no inline handlers");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        String cookie = Http.get("/login").headers().firstValue("Set-Cookie").orElse("");
        assertTrue(cookie.startsWith("JSESSIONID="), cookie);
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie);
    }

    private static String header(HttpResponse<String> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }
}

package org.leadbureau.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.SharedPortal;
import org.leadbureau.portal.it.StaffAccounts;

/** The access log; readiness, liveness and metrics on the server's management interface (127.0.0.1:9990), as operators use them. */
@SharedPortal
class OperationsIT {

    private static final String MANAGEMENT = "http://127.0.0.1:9990";

    @Test
    void readinessAndLivenessOnTheManagementInterface() {
        HttpResponse<String> ready = management("/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        JsonObject deployments = Http.json(ready).getJsonArray("checks").stream().map(JsonObject.class::cast)
                .filter(check -> check.getString("name").equals("deployments-status")).findFirst().orElseThrow();
        assertEquals("OK", deployments.getJsonObject("data").getString("portal.ear"), ready.body());
        // The portal's own checks, the same as /api/health's.
        JsonObject portal = Http.json(ready).getJsonArray("checks").stream().map(JsonObject.class::cast)
                .filter(check -> check.getString("name").equals("portal")).findFirst()
                .orElseThrow(() -> new AssertionError("no portal check in " + ready.body()));
        assertEquals("UP", portal.getString("status"), ready.body());
        JsonObject data = portal.getJsonObject("data");
        assertEquals("UP", data.getString("database"), ready.body());
        assertEquals("UP", data.getString("searchIndex"), ready.body());
        assertEquals(Http.json(Http.get("/api/health")).getJsonObject("checks").getJsonObject("database")
                .getString("schemaVersion"), data.getString("database.schemaVersion"));
        assertEquals(200, management("/health/live").statusCode());
        assertEquals(200, Http.get("/api/health").statusCode(), "/api/health stays");
    }

    @Test
    void metricsInPrometheusFormatIncludeTheServersAndThePortalsOwn() {
        assertEquals(200, Http.get("/api/search?q=diversion").statusCode());
        assertEquals(401, Http.get("/api/staff/me", "Authorization", new StaffAccounts.Account(
                "nobody-" + System.nanoTime() + "@leadbureau.test", "not anyone's password").basic()).statusCode());
        HttpResponse<String> metrics = management("/metrics");
        assertEquals(200, metrics.statusCode());
        String body = metrics.body();
        for (String expected : new String[] {"jvm_memory", "PortalDS", "undertow", "portal_searches_seconds_count",
                "portal_sign_in_failures_total", "portal_outbox_backlog", "portal_index_documents"}) {
            assertTrue(body.contains(expected), expected + " in /metrics");
        }
    }

    @Test
    void theAccessLogNamesEachRequestWithoutItsSecrets() throws Exception {
        String secret = "NotARealToken" + System.nanoTime();
        Http.get("/api/health");
        Http.get("/registrations/" + secret);
        Http.get("/set-password?token=" + secret);
        Path log = Path.of(System.getProperty("portal.server.log")).resolveSibling("access.log");
        String lines = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(lines.contains(" GET /registrations/… "), "the manage link, masked");
        assertTrue(lines.contains(" GET /set-password?token=… "), "the token, masked");
        assertFalse(lines.contains(secret), "no secret in the access log");
        assertTrue(lines.lines().anyMatch(line -> line.matches(".* 127\\.0\\.0\\.1 GET /api/health 200 \\d+ms")), lines);
    }

    private static HttpResponse<String> management(String path) {
        return Http.send(HttpRequest.newBuilder(URI.create(MANAGEMENT + path))
                .timeout(Duration.ofSeconds(30)).GET().build());
    }
}

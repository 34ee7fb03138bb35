package org.leadbureau.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Database;
import org.leadbureau.portal.it.OwnServer;
import org.leadbureau.portal.it.PortalRestarts;
import org.leadbureau.portal.it.StaffAccounts;

/**
 * Acknowledged means stored: clients stream training registrations and contact-us inquiries at a server of the
 * test's own, which is killed (SIGKILL) in the middle of them and started again. Every request that was answered
 * 201 is then stored exactly once, with its mail in the outbox; a request cut off by the kill is stored at most once.
 * On H2 the server runs on the embedded default URL (the one the run command uses), on MariaDB on the suite's
 * database, while the shared portal is down.
 */
class CrashIT extends PortalRestarts {

    private static final boolean H2 = System.getProperty("portal.db.url").startsWith("jdbc:h2:");
    private static final int CLIENTS = 4;
    /** The kill comes once this many requests have been answered, while the clients keep sending. */
    private static final int ANSWERED_BEFORE_KILL = 120;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private record Sent(String kind, String email, int status) {
    }

    @Test
    void everyAnsweredRequestSurvivesAKilledServerExactlyOnce() throws Exception {
        // The shared portal steps aside: on MariaDB both would use the same database.
        restart(this::crashAndRecover);
    }

    private void crashAndRecover() throws Exception {
        Path data = OwnServer.freshDirectory("crash-data");
        if (!H2) {
            // The same database as the test server's: the same key for its authenticator secrets.
            Files.copy(Path.of(System.getProperty("portal.data.dir"), "secret.key"), data.resolve("secret.key"));
        }
        try (OwnServer server = OwnServer.prepare("crash-server", Map.of(
                "PORTAL_DATA_DIR", data.toString(),
                // The clients play a proxy in front of the portal, naming a client address per inquiry (5 an hour each).
                "PORTAL_TRUSTED_PROXIES", "127.0.0.1",
                "PORTAL_REGISTRATION_LIMITS", "100000/PT1H,100000/PT1H"),
                // Mail stays in the outbox; on H2, the embedded default database.
                H2 ? List.of("PORTAL_SMTP_HOST", "PORTAL_DB_URL", "PORTAL_DB_DRIVER") : List.of("PORTAL_SMTP_HOST"))) {
            server.start();
            server.awaitHealthy(Duration.ofMinutes(3));
            String training = createTraining(server);
            if (!H2) {
                Database.update("delete from form_submission where form = 'inquiry-intake'");
            }

            List<Sent> sent = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger answered = new AtomicInteger();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            for (int c = 0; c < CLIENTS; c++) {
                int clientNumber = c;
                clients.submit(() -> stream(server, training, clientNumber, sent, answered));
            }
            while (answered.get() < ANSWERED_BEFORE_KILL) {
                assertFalse(clients.awaitTermination(20, TimeUnit.MILLISECONDS), "the clients stopped early: " + sent);
            }
            server.kill();
            clients.shutdown();
            assertTrue(clients.awaitTermination(1, TimeUnit.MINUTES), "the clients notice the dead server");

            server.start();
            server.awaitHealthy(Duration.ofMinutes(3));
            assertEquals(201, register(server, training, "after-restart-" + run + "@crash.test").statusCode(),
                    "registrations work after the restart");
            assertTrue(server.stop(), "an orderly shutdown after the restart");

            assertStoredExactlyOnce(sent);
        }
    }

    /** One client: registrations, and every fifth request an inquiry, until the server stops answering. */
    private void stream(OwnServer server, String training, int clientNumber, List<Sent> sent, AtomicInteger answered) {
        for (int i = 0; ; i++) {
            boolean inquiry = i % 5 == 4;
            String email = (inquiry ? "inq-" : "reg-") + run + "-" + clientNumber + "-" + i + "@crash.test";
            try {
                HttpResponse<String> response = inquiry
                        ? inquire(server, email, "10.14." + clientNumber + "." + (i / 5 % 250))
                        : register(server, training, email);
                sent.add(new Sent(inquiry ? "inquiry" : "registration", email, response.statusCode()));
                answered.incrementAndGet();
            } catch (IOException cutOff) {
                sent.add(new Sent(inquiry ? "inquiry" : "registration", email, 0));
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void assertStoredExactlyOnce(List<Sent> sent) throws SQLException {
        long acknowledged = sent.stream().filter(s -> s.status() == 201).count();
        assertTrue(sent.stream().allMatch(s -> s.status() == 201 || s.status() == 0), "only 201 or no answer: " + sent);
        assertTrue(acknowledged >= ANSWERED_BEFORE_KILL, "answered 201 before the kill: " + acknowledged + " " + sent);
        try (Connection db = connect()) {
            for (Sent request : sent) {
                long stored = request.kind().equals("inquiry")
                        ? count(db, "select count(*) from inquiry where email = ?", request.email())
                        : count(db, "select count(*) from training_registration where email = ?", request.email());
                long mailed = count(db, "select count(*) from outbox_message where recipient = ?", request.email());
                if (request.status() == 201) {
                    assertEquals(1, stored, request + " was acknowledged");
                    assertEquals(1, mailed, "the mail of " + request);
                } else {
                    assertTrue(stored <= 1 && mailed == stored, request + ": stored " + stored + ", mailed " + mailed);
                }
            }
        }
    }

    private static Connection connect() throws SQLException {
        if (!H2) {
            return Database.connect();
        }
        // The embedded default's file, opened once the server has stopped.
        Path file = Path.of(System.getProperty("portal.ear")).getParent().resolve("crash-data/db/portal");
        return DriverManager.getConnection("jdbc:h2:" + file + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE",
                System.getProperty("portal.db.user"), System.getProperty("portal.db.password"));
    }

    private static long count(Connection db, String sql, String value) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, value);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private String createTraining(OwnServer server) throws IOException, InterruptedException {
        LocalDateTime start = LocalDateTime.now().plusDays(20).withHour(10).withMinute(0).withSecond(0).withNano(0);
        String json = Json.createObjectBuilder().add("title", "Crash test training " + run)
                .add("description", "Registrations while the server is killed.")
                .add("format", "VIRTUAL").add("start", start.toString()).add("end", start.plusHours(2).toString())
                .add("zone", "America/Chicago").add("capacity", 100000).add("status", "PUBLISHED")
                .add("joinLink", "https://meet.example/crash").build().toString();
        HttpResponse<String> created = client.send(HttpRequest.newBuilder(server.uri("/api/staff/trainings"))
                .header("Authorization", StaffAccounts.ADMIN.basic()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        return Json.createReader(new StringReader(created.body())).readObject().getString("slug");
    }

    private HttpResponse<String> register(OwnServer server, String training, String email)
            throws IOException, InterruptedException {
        JsonObject body = Json.createObjectBuilder().add("name", "Casey Crash").add("email", email)
                .add("organisation", "Test Police Department").add("role", "Officer")
                .add("jurisdiction", "Springfield, IL").add("answers", "None").build();
        return post(server, "/api/trainings/" + training + "/registrations", body, "127.0.0.1");
    }

    private HttpResponse<String> inquire(OwnServer server, String email, String clientAddress)
            throws IOException, InterruptedException {
        JsonObject body = Json.createObjectBuilder().add("name", "Jordan Crash").add("email", email)
                .add("organisation", "Riverton Police Department").add("role", "Deputy chief")
                .add("jurisdiction", "Riverton").add("state", "WY").add("stage", "EXPLORING")
                .add("interests", Json.createArrayBuilder().add("TRAINING"))
                .add("stakeholders", Json.createArrayBuilder().add("POLICE"))
                .add("message", "Is our inquiry kept when your server fails?").add("consent", true).build();
        return post(server, "/api/inquiries", body, clientAddress);
    }

    private HttpResponse<String> post(OwnServer server, String path, JsonObject body, String clientAddress)
            throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("X-Forwarded-For", clientAddress)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }
}

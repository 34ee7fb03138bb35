package org.leadbureau.portal.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Database;
import org.leadbureau.portal.it.Dates;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.SharedPortal;
import org.leadbureau.portal.it.StaffAccounts;
import org.leadbureau.portal.it.StaffSession;

/**
 * Staff run trainings through {@code /api/staff/trainings} (HTTP Basic, as STAFF): create with local times in the
 * training's zone, change it (registrants are told, with a raised SEQUENCE; added seats go to the waitlist), read
 * and export the roster (CSV export neutralises formulas and is audited).
 */
@SharedPortal
class StaffTrainingIT {

    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    @Test
    void localTimesInTheZoneAreStoredAsTheirInstantsAndRegistrationIsOpenFromPublicationUntilTheStart() {
        Instant before = Instant.now();
        // The Monday after the spring change: 10:00 in Los Angeles is PDT, UTC-7.
        LocalDate monday = Dates.mondayAfterNextSpringChange(LOS_ANGELES);
        HttpResponse<String> created = create(training("Dispatch and diversion", 20, monday + "T10:00", "PUBLISHED"));

        assertEquals(201, created.statusCode(), created.body());
        String slug = Http.json(created).getString("slug");
        assertTrue(slug.startsWith("dispatch-and-diversion"), slug);
        assertEquals("/api/trainings/" + slug, created.headers().firstValue("Location").map(l -> l.replace(Http.baseUrl(), "")).orElse(""));

        JsonObject stored = Http.json(Http.get("/api/trainings/" + slug));
        assertEquals(monday + "T17:00:00Z", stored.getString("start"));
        assertEquals(monday + "T19:00:00Z", stored.getString("end"));
        assertEquals("America/Los_Angeles", stored.getString("zone"));
        assertEquals(monday + "T17:00:00Z", stored.getString("registrationCloses"));
        Instant opens = Instant.parse(stored.getString("registrationOpens"));
        assertFalse(opens.isBefore(before.minusSeconds(5)) || opens.isAfter(Instant.now().plusSeconds(5)), "opens at publication: " + opens);
        assertEquals(201, TrainingApi.register(slug, "Open Window", "open.window@staff-api.example").statusCode());
    }

    @Test
    void aChangedTimeTellsRegistrantsWithARaisedSequenceAndAddedSeatsGoToTheWaitlist() throws Exception {
        // Three weeks after the spring change: Los Angeles is on PDT, UTC-7.
        LocalDate day = Dates.mondayAfterNextSpringChange(LOS_ANGELES).plusWeeks(3);
        String slug = Http.json(create(training("Changing plans", 1, day + "T09:00", "PUBLISHED"))).getString("slug");
        String seated = "seated-" + UUID.randomUUID() + "@staff-api.example";
        String waiting = "waiting-" + UUID.randomUUID() + "@staff-api.example";
        assertEquals("CONFIRMED", Http.json(TrainingApi.register(slug, "Seated Person", seated)).getString("status"));
        assertEquals("WAITLISTED", Http.json(TrainingApi.register(slug, "Waiting Person", waiting)).getString("status"));

        HttpResponse<String> changed = update(slug, training("Changing plans", 2, day + "T13:30", "PUBLISHED"));

        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals(1, Http.json(changed).getInt("sequence"));
        assertEquals(day + "T20:30:00Z", Http.json(changed).getString("start"));
        assertEquals(1, Database.count("select count(*) from outbox_message where recipient = ? and subject like 'Updated: Changing plans%'", seated));
        String invitation = attachment(seated, "Updated: Changing plans%");
        assertTrue(invitation.contains("SEQUENCE:1"), invitation);
        assertTrue(invitation.contains("METHOD:REQUEST"), invitation);
        assertTrue(invitation.contains("TZID=America/Los_Angeles:" + day.toString().replace("-", "") + "T133000"), invitation);
        // The second seat went to the waitlist, who is told so.
        assertEquals(List.of("CONFIRMED"), Database.strings("select status from training_registration where email = ?", waiting));
        assertEquals(1, Database.count("select count(*) from outbox_message where recipient = ? and subject like 'A seat is yours%'", waiting));
    }

    @Test
    void theRosterAsJsonAndAsCsvWithFormulasNeutralisedAndTheExportAudited() throws Exception {
        String slug = Http.json(create(training("Roster export", 1, LocalDate.now().plusWeeks(8) + "T10:00", "PUBLISHED"))).getString("slug");
        assertEquals(201, register(slug, "Ann Confirmed", "ann@roster.example", "Seattle Police").statusCode());
        assertEquals(201, register(slug, "@Bo Waiting", "bo@roster.example", "=HYPERLINK(\"http://evil.example\")").statusCode());

        JsonObject page = Http.json(Http.get("/api/staff/trainings/" + slug + "/registrations", "Authorization", staff()));
        assertEquals(2, page.getInt("total"));
        JsonArray roster = page.getJsonArray("items");
        assertEquals(2, roster.size());
        assertEquals(List.of("CONFIRMED", "WAITLISTED"), List.of(roster.getJsonObject(0).getString("status"), roster.getJsonObject(1).getString("status")));

        long exports = audited(slug);
        HttpResponse<String> csv = Http.get("/api/staff/trainings/" + slug + "/registrations?status=WAITLISTED",
                "Authorization", staff(), "Accept", "text/csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<String> lines = csv.body().lines().toList();
        assertEquals("name,email,organisation,role,jurisdiction,site,status,waitlist_number,registered_at,answers", lines.get(0));
        assertEquals(2, lines.size(), "the header and the one waitlisted registration: " + lines);
        assertTrue(lines.get(1).startsWith("'@Bo Waiting,bo@roster.example,\"'=HYPERLINK(\"\"http://evil.example\"\")\""), lines.get(1));
        assertEquals(exports + 1, audited(slug));
        assertEquals(1, Database.count("select count(*) from audit_event where action = 'DATA_EXPORTED' and subject = ?"
                + " and detail like '%status WAITLISTED%' and actor = ?", "training " + slug, StaffAccounts.staff().email()));

        // Reading the roster as JSON is not an export.
        Http.get("/api/staff/trainings/" + slug + "/registrations?q=ann", "Authorization", staff());
        assertEquals(exports + 1, audited(slug));
        HttpResponse<String> byText = Http.get("/api/staff/trainings/" + slug + "/registrations?format=csv&q=SEATTLE", "Authorization", staff());
        assertEquals(2, byText.body().lines().count());
        assertTrue(byText.body().contains("ann@roster.example"));
    }

    @Test
    void theRosterPageCountsTheWaitlistAndEachStatus() {
        String slug = Http.json(create(training("Roster counts", 1, LocalDate.now().plusWeeks(9) + "T10:00", "PUBLISHED"))).getString("slug");
        assertEquals(201, register(slug, "Cy Seated", "cy-" + UUID.randomUUID() + "@roster.example", "Tacoma Police").statusCode());
        assertEquals(201, register(slug, "Di Waiting", "di-" + UUID.randomUUID() + "@roster.example", "Tacoma Police").statusCode());
        assertEquals(201, register(slug, "Ed Waiting", "ed-" + UUID.randomUUID() + "@roster.example", "Tacoma Police").statusCode());

        HttpResponse<String> page = StaffSession.signedIn(StaffAccounts.staff()).get("/staff/trainings/" + slug);

        String text = Http.main(page.body()).replaceAll("\\s+", " ");
        assertEquals(200, page.statusCode());
        assertTrue(text.contains("1 of 1 taken"), text);
        assertTrue(text.contains(" 2 on the waitlist"), text);
        assertTrue(text.contains("1 confirmed, 2 waitlisted, 0 attended, 0 cancelled."), text);
    }

    @Test
    void malformedJsonForARegistrationIsRefusedWithAProblemBody() {
        HttpResponse<String> response = Http.post("/api/trainings/" + TrainingApi.WEBINAR + "/registrations", "{\"name\": \"Half");

        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonObject problem = Http.json(response);
        assertEquals(400, problem.getInt("status"));
        assertFalse(problem.getString("detail").isBlank());
    }

    @Test
    void aTrainingThatEndsBeforeItStartsIsRefusedNamingTheField() {
        LocalDate day = LocalDate.now().plusWeeks(10);
        JsonObject backwards = Json.createObjectBuilder(Json.createReader(new java.io.StringReader(
                training("Backwards", 5, day + "T10:00", "DRAFT"))).readObject()).add("end", day + "T09:00").build();

        HttpResponse<String> response = create(backwards.toString());

        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("The end must be after the start."), response.body());
    }

    private static String training(String title, int capacity, String start, String status) {
        return Json.createObjectBuilder()
                .add("title", title + " " + UUID.randomUUID().toString().substring(0, 8))
                .add("description", "What staff created through the API.")
                .add("format", "VIRTUAL")
                .add("start", start)
                .add("end", start.substring(0, 11) + String.format("%02d", Integer.parseInt(start.substring(11, 13)) + 2) + start.substring(13))
                .add("zone", "America/Los_Angeles")
                .add("capacity", capacity)
                .add("status", status)
                .add("joinLink", "https://meet.example.org/staff-api")
                .build().toString();
    }

    private static HttpResponse<String> create(String json) {
        return Http.send(json("POST", "/api/staff/trainings", json));
    }

    private static HttpResponse<String> update(String slug, String json) {
        return Http.send(json("PUT", "/api/staff/trainings/" + slug, json));
    }

    private static HttpRequest json(String method, String path, String body) {
        return HttpRequest.newBuilder(Http.uri(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", staff()).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static HttpResponse<String> register(String slug, String name, String email, String organisation) {
        return Http.post("/api/trainings/" + slug + "/registrations", Json.createObjectBuilder()
                .add("name", name).add("email", email).add("organisation", organisation)
                .add("role", "Officer").add("jurisdiction", "Seattle, WA").add("answers", "").build().toString());
    }

    private static String staff() {
        return StaffAccounts.staff().basic();
    }

    private static long audited(String slug) throws Exception {
        return Database.count("select count(*) from audit_event where action = 'DATA_EXPORTED' and subject = ?", "training " + slug);
    }

    /** The text of the calendar attached to the message to {@code recipient} whose subject is like {@code subject}. */
    private static String attachment(String recipient, String subject) throws Exception {
        try (Connection connection = Database.connect(); PreparedStatement query = connection.prepareStatement(
                "select a.content from outbox_attachment a join outbox_message m on m.id = a.message_id"
                        + " where m.recipient = ? and m.subject like ?")) {
            query.setString(1, recipient);
            query.setString(2, subject);
            List<String> found = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(new String(rows.getBytes(1), StandardCharsets.UTF_8));
                }
            }
            assertEquals(1, found.size(), "one attachment");
            return found.get(0).replace("\r\n ", "");
        }
    }
}

package org.leadbureau.portal.visits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadbureau.portal.visits.VisitApi.BURIEN;
import static org.leadbureau.portal.visits.VisitApi.SANTA_FE;
import static org.leadbureau.portal.visits.VisitApi.YEAR;
import static org.leadbureau.portal.visits.VisitApi.create;
import static org.leadbureau.portal.visits.VisitApi.newTrainer;
import static org.leadbureau.portal.visits.VisitApi.send;
import static org.leadbureau.portal.visits.VisitApi.status;
import static org.leadbureau.portal.visits.VisitApi.visit;

import jakarta.json.Json;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Database;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.SharedPortal;
import org.leadbureau.portal.it.StaffAccounts;
import org.leadbureau.portal.it.StaffAccounts.Account;
import org.leadbureau.portal.it.StaffSession;

/** A trainer's calendar feed: their visits only, what each visit's status shows, and when the link stops working. */
@SharedPortal
class TrainerFeedIT {

    @Test
    void theFeedHoldsTheTrainersVisitsOnlyAndRevokingItAnswers404() {
        Account dana = newTrainer("Dana Diaz");
        Account eli = newTrainer("Eli Evans");
        assertEquals(201, create(visit(SANTA_FE, "Dana's launch visit", "ON_SITE", YEAR + "-07-01T09:00",
                YEAR + "-07-02T17:00", dana), StaffAccounts.ADMIN).statusCode());
        assertEquals(201, create(visit(BURIEN, "Eli's coaching call", "VIRTUAL", YEAR + "-07-01T09:00",
                YEAR + "-07-01T10:00", eli), StaffAccounts.ADMIN).statusCode());

        HttpResponse<String> created = send("POST", "/api/staff/visits/feed", null, dana);
        assertEquals(200, created.statusCode(), created.body());
        String url = Http.json(created).getString("url");
        assertTrue(url.matches(".*/api/visits/feed/[A-Za-z0-9_-]{43}\\.ics"), url);
        String path = URI.create(url).getPath();
        HttpResponse<String> feed = Http.get(path);
        assertEquals(200, feed.statusCode());
        assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        String ics = feed.body().replace("\r\n ", "");
        assertTrue(ics.contains("Dana's launch visit"), ics);
        assertFalse(ics.contains("Eli's coaching call"), ics);
        assertTrue(ics.contains("DTSTART;TZID=America/Denver:" + YEAR + "0701T090000"), ics);

        // A new link replaces the old one; revoking ends it.
        String renewed = URI.create(Http.json(send("POST", "/api/staff/visits/feed", null, dana)).getString("url")).getPath();
        assertNotEquals(path, renewed);
        assertEquals(404, Http.get(path).statusCode());
        assertEquals(200, Http.get(renewed).statusCode());
        assertEquals(204, send("DELETE", "/api/staff/visits/feed", null, dana).statusCode());
        assertEquals(404, Http.get(renewed).statusCode());
        assertEquals(404, Http.get("/api/visits/feed/not-a-token.ics").statusCode());
    }

    @Test
    void aForcedResetOrDeactivationRevokesTheFeedAndADeactivatedAccountsFeedAnswers404() throws Exception {
        Account reset = newTrainer("Quinn Quill");
        String resetFeed = feedPath(reset);
        assertEquals(200, Http.get(resetFeed).statusCode());
        String resetId = Database.strings("select id from staff_user where email = ?", reset.email()).get(0);
        assertEquals(202, send("POST", "/api/staff/admin/users/" + resetId + "/password-reset", null,
                StaffAccounts.ADMIN).statusCode());
        assertEquals(404, Http.get(resetFeed).statusCode(), "a forced reset revokes the feed");

        Account leaving = newTrainer("Rene Rask");
        String leavingFeed = feedPath(leaving);
        assertEquals(200, Http.get(leavingFeed).statusCode());
        Database.update("update staff_user set active = false where email = ?", leaving.email());
        assertEquals(404, Http.get(leavingFeed).statusCode(), "a deactivated account has no feed");
        Database.update("update staff_user set active = true where email = ?", leaving.email());
        assertEquals(200, Http.get(leavingFeed).statusCode());

        var admin = StaffSession.signedIn(StaffAccounts.ADMIN);
        String page = admin.get("/staff/admin/users").body();
        Matcher button = Pattern.compile("<button[^>]*aria-label=\"Deactivate " + Pattern.quote(leaving.email())
                + "\"[^>]*>").matcher(page);
        assertTrue(button.find(), "the accounts page offers to deactivate " + leaving.email());
        Matcher name = Pattern.compile("name=\"([^\"]+)\"").matcher(button.group());
        assertTrue(name.find(), button.group());
        Map<String, String> fields = new LinkedHashMap<>(StaffSession.hiddenFields(page));
        fields.put("accounts", "accounts");
        fields.put(name.group(1), "");
        assertEquals(200, admin.postForm("/staff/admin/users", fields).statusCode());
        assertEquals(0, Database.count("select count(*) from staff_user where email = ? and active = true", leaving.email()),
                "the account is deactivated");
        Database.update("update staff_user set active = true where email = ?", leaving.email());
        assertEquals(404, Http.get(leavingFeed).statusCode(), "deactivation revoked the feed: activating again does not bring it back");
    }

    @Test
    void theFeedMarksUnsettledVisitsTentativeKeepsRecentCancellationsAndShowsUnavailabilityAsBusy() throws Exception {
        Account fay = newTrainer("Fay Foster");
        long requested = booked(visit(SANTA_FE, "Fay's requested visit", "VIRTUAL", YEAR + "-03-02T09:00", YEAR + "-03-02T10:00", fay));
        long proposed = booked(visit(SANTA_FE, "Fay's proposed visit", "VIRTUAL", YEAR + "-03-03T09:00", YEAR + "-03-03T10:00", fay));
        assertEquals(200, status(proposed, "PROPOSED", null, StaffAccounts.ADMIN).statusCode());
        long confirmed = booked(visit(SANTA_FE, "Fay's confirmed visit", "VIRTUAL", YEAR + "-03-04T09:00", YEAR + "-03-04T10:00", fay));
        assertEquals(200, status(confirmed, "CONFIRMED", null, StaffAccounts.ADMIN).statusCode());
        long cancelled = booked(visit(SANTA_FE, "Fay's cancelled visit", "VIRTUAL", YEAR + "-03-05T09:00", YEAR + "-03-05T10:00", fay));
        assertEquals(200, status(cancelled, "CANCELLED", "The site postponed", StaffAccounts.ADMIN).statusCode());
        long longAgo = booked(visit(SANTA_FE, "Fay's long-cancelled visit", "VIRTUAL", YEAR + "-03-06T09:00", YEAR + "-03-06T10:00", fay));
        assertEquals(200, status(longAgo, "CANCELLED", "The site withdrew", StaffAccounts.ADMIN).statusCode());
        Database.update("update site_visit set updated_at = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(31))), longAgo);
        String leave = Json.createObjectBuilder().add("trainer", fay.email()).add("start", YEAR + "-03-10T00:00")
                .add("end", YEAR + "-03-12T00:00").add("zone", "America/Denver").add("reason", "Annual leave").build().toString();
        assertEquals(201, send("POST", "/api/staff/trainers/unavailability", leave, fay).statusCode());

        String ics = Http.get(feedPath(fay)).body().replace("\r\n ", "");

        assertEquals(List.of("STATUS:TENTATIVE", "TRANSP:OPAQUE"), lines(event(ics, "Fay's requested visit")));
        assertEquals(List.of("STATUS:TENTATIVE", "TRANSP:OPAQUE"), lines(event(ics, "Fay's proposed visit")));
        assertEquals(List.of("STATUS:CONFIRMED", "TRANSP:OPAQUE"), lines(event(ics, "Fay's confirmed visit")));
        assertEquals(List.of("STATUS:CANCELLED", "TRANSP:TRANSPARENT"), lines(event(ics, "Fay's cancelled visit")));
        assertFalse(ics.contains("Fay's long-cancelled visit"), "gone after thirty days: " + ics);
        String busy = event(ics, "SUMMARY:Unavailable");
        assertEquals(List.of("STATUS:CONFIRMED", "TRANSP:OPAQUE"), lines(busy));
        assertTrue(busy.contains("DTSTART;TZID=America/Denver:" + YEAR + "0310T000000"), busy);
        assertFalse(ics.contains("Annual leave"), "the reason stays in the portal");
    }

    /** Books the visit with a contact of its own, so that no other test's count of the site contact's mail changes. */
    private static long booked(String visit) {
        HttpResponse<String> created = create(visit.replace("casey@" + SANTA_FE + ".example",
                "contact-" + java.util.UUID.randomUUID() + "@feed.example"), StaffAccounts.ADMIN);
        assertEquals(201, created.statusCode(), created.body());
        return Http.json(created).getJsonNumber("id").longValue();
    }

    /** The one VEVENT of the calendar that contains {@code text}. */
    private static String event(String ics, String text) {
        List<String> found = java.util.Arrays.stream(ics.split("BEGIN:VEVENT")).skip(1).filter(e -> e.contains(text)).toList();
        assertEquals(1, found.size(), text + " in " + ics);
        return found.get(0);
    }

    /** The event's STATUS and TRANSP lines. */
    private static List<String> lines(String event) {
        return event.lines().filter(line -> line.startsWith("STATUS:") || line.startsWith("TRANSP:")).sorted().toList();
    }

    private static String feedPath(Account trainer) {
        HttpResponse<String> created = send("POST", "/api/staff/visits/feed", null, trainer);
        assertEquals(200, created.statusCode(), created.body());
        return URI.create(Http.json(created).getString("url")).getPath();
    }
}

package org.leadbureau.portal.visits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadbureau.portal.visits.VisitApi.BURIEN;
import static org.leadbureau.portal.visits.VisitApi.SANTA_FE;
import static org.leadbureau.portal.visits.VisitApi.create;
import static org.leadbureau.portal.visits.VisitApi.newTrainer;
import static org.leadbureau.portal.visits.VisitApi.send;
import static org.leadbureau.portal.visits.VisitApi.status;
import static org.leadbureau.portal.visits.VisitApi.visit;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Database;
import org.leadbureau.portal.it.Dates;
import org.leadbureau.portal.it.FormCounts;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.SharedPortal;
import org.leadbureau.portal.it.StaffAccounts;
import org.leadbureau.portal.it.StaffAccounts.Account;
import org.leadbureau.portal.it.StaffSession;

/** Booking site visits through the staff API: conflicts, concurrency, rescheduling, feeds and invitations. */
@SharedPortal
class SiteVisitIT {

    /** Visits are booked next year: always ahead, and in the same season (daylight saving or not) every run. */
    private static final int YEAR = Dates.nextYear();

    @Test
    void aConflictingBookingIsRefusedWith409NamingTheVisitAndItsDates() {
        Account trainer = newTrainer("Rita Rivera");
        HttpResponse<String> first = create(visit(SANTA_FE, "Launch planning", "ON_SITE", YEAR + "-03-04T09:00",
                YEAR + "-03-06T17:00", trainer), StaffAccounts.ADMIN);
        assertEquals(201, first.statusCode(), first.body());
        JsonObject booked = Http.json(first);
        assertEquals("REQUESTED", booked.getString("status"));
        assertEquals("America/Denver", booked.getString("zone"));
        assertEquals(YEAR + "-03-04T16:00:00Z", booked.getString("startUtc"), "9 AM in Santa Fe (MST) is 16:00 UTC");

        // Overlapping, virtual.
        HttpResponse<String> overlap = create(visit(BURIEN, "Data review", "VIRTUAL", YEAR + "-03-05T08:00",
                YEAR + "-03-05T10:00", trainer), StaffAccounts.ADMIN);
        assertEquals(409, overlap.statusCode(), overlap.body());
        String detail = Http.json(overlap).getString("detail");
        assertTrue(detail.contains("Launch planning") && detail.contains("Santa Fe LEAD")
                && detail.contains(YEAR + "-03-04T09:00") && detail.contains(YEAR + "-03-06T17:00"), detail);

        // On site elsewhere the morning after: within the day of travel.
        HttpResponse<String> travel = create(visit(BURIEN, "Data review", "ON_SITE", YEAR + "-03-07T09:00",
                YEAR + "-03-07T17:00", trainer), StaffAccounts.ADMIN);
        assertEquals(409, travel.statusCode(), travel.body());
        assertTrue(Http.json(travel).getString("detail").contains("travel"), travel.body());

        // At the same site the next day is fine, and so is a virtual visit a day later.
        assertEquals(201, create(visit(SANTA_FE, "Follow-up", "ON_SITE", YEAR + "-03-07T09:00", YEAR + "-03-07T12:00",
                trainer), StaffAccounts.ADMIN).statusCode());
        assertEquals(201, create(visit(BURIEN, "Data review", "VIRTUAL", YEAR + "-03-08T13:00", YEAR + "-03-08T15:00",
                trainer), trainer).statusCode(), "trainers book too");
    }

    @Test
    void onlyActiveTrainersCanBeBookedAndBadInputIs400() {
        HttpResponse<String> staff = create(visit(SANTA_FE, "Launch planning", "ON_SITE", "2031-01-05T09:00",
                "2031-01-05T17:00", StaffAccounts.staff()), StaffAccounts.ADMIN);
        assertEquals(400, staff.statusCode(), staff.body());
        assertTrue(Http.json(staff).getString("detail").contains("not an active trainer"), staff.body());

        Account trainer = newTrainer("Omar Ortiz");
        HttpResponse<String> backwards = create(visit(SANTA_FE, "Launch planning", "ON_SITE", "2031-01-05T09:00",
                "2031-01-04T17:00", trainer), StaffAccounts.ADMIN);
        assertEquals(400, backwards.statusCode(), backwards.body());
        HttpResponse<String> noSite = create(visit("no-such-site", "Launch planning", "ON_SITE", "2031-01-05T09:00",
                "2031-01-05T17:00", trainer), StaffAccounts.ADMIN);
        assertEquals(400, noSite.statusCode(), noSite.body());
    }

    @Test
    void ofSimultaneousBookingsOfOneTrainerExactlyOneSucceeds() throws Exception {
        Account trainer = newTrainer("Cora Chen");
        int bookings = 8;
        ExecutorService pool = Executors.newFixedThreadPool(bookings);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < bookings; i++) {
                String json = visit(i % 2 == 0 ? SANTA_FE : BURIEN, "Simultaneous " + i, "ON_SITE",
                        YEAR + "-05-1" + (i % 3) + "T09:00", YEAR + "-05-13T17:00", trainer);
                // Eight people book at once, each signed in as themselves.
                Account booker = StaffAccounts.ensure(new Account("booker" + i + "@leadbureau.test",
                        "a booking colleague's password"), "Booker " + i, "STAFF");
                Callable<HttpResponse<String>> booking = () -> {
                    start.await();
                    return create(json, booker);
                };
                answers.add(pool.submit(booking));
            }
            start.countDown();
            int created = 0;
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get();
                if (response.statusCode() == 201) {
                    created++;
                } else {
                    assertEquals(409, response.statusCode(), response.body());
                    assertTrue(Http.json(response).getString("detail").contains("Simultaneous"), response.body());
                }
            }
            assertEquals(1, created);
            assertEquals(1, Database.count("select count(*) from site_visit_trainer t join staff_user u on u.id = t.trainer_id"
                    + " where u.email = ?", trainer.email()));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void reschedulingIntoAConflictIsRefusedAndLeavesTheVisitAsItWas() throws Exception {
        Account trainer = newTrainer("Ines Ibarra");
        long first = Http.json(create(visit(SANTA_FE, "Steering group", "ON_SITE", YEAR + "-06-01T09:00",
                YEAR + "-06-02T17:00", trainer), StaffAccounts.ADMIN)).getJsonNumber("id").longValue();
        HttpResponse<String> secondCreated = create(visit(BURIEN, "Case conference", "ON_SITE", YEAR + "-06-10T09:00",
                YEAR + "-06-11T17:00", trainer), StaffAccounts.ADMIN);
        JsonObject second = Http.json(secondCreated);
        long id = second.getJsonNumber("id").longValue();

        HttpResponse<String> moved = send("PUT", "/api/staff/visits/" + id, visit(BURIEN, "Case conference", "ON_SITE",
                YEAR + "-06-02T09:00", YEAR + "-06-03T17:00", trainer), StaffAccounts.ADMIN);
        assertEquals(409, moved.statusCode(), moved.body());
        assertTrue(Http.json(moved).getString("detail").contains("Steering group"), moved.body());
        JsonObject after = Http.json(send("GET", "/api/staff/visits/" + id, null, StaffAccounts.ADMIN));
        assertEquals(YEAR + "-06-10T09:00", after.getString("start"));
        assertEquals(second.getInt("sequence"), after.getInt("sequence"));
        assertEquals(1, after.getJsonArray("history").size());

        // A confirmed visit moves only with a reason, which goes on its history.
        assertEquals(200, status(id, "CONFIRMED", null, StaffAccounts.ADMIN).statusCode());
        String later = visit(BURIEN, "Case conference", "ON_SITE", YEAR + "-06-17T09:00", YEAR + "-06-18T17:00", trainer);
        assertEquals(400, send("PUT", "/api/staff/visits/" + id, later, StaffAccounts.ADMIN).statusCode());
        String withReason = Json.createReader(new java.io.StringReader(later)).readObject().entrySet().stream()
                .collect(Json::createObjectBuilder, (b, e) -> b.add(e.getKey(), e.getValue()), (a, b) -> { })
                .add("reason", "The site asked for a week later").build().toString();
        HttpResponse<String> rescheduled = send("PUT", "/api/staff/visits/" + id, withReason, StaffAccounts.ADMIN);
        assertEquals(200, rescheduled.statusCode(), rescheduled.body());
        JsonObject changed = Http.json(rescheduled);
        assertEquals(YEAR + "-06-17T09:00", changed.getString("start"));
        assertTrue(changed.getJsonArray("history").toString().contains("The site asked for a week later"), rescheduled.body());
        assertTrue(changed.getInt("sequence") > after.getInt("sequence"));
        assertEquals(200, send("GET", "/api/staff/visits/" + first, null, StaffAccounts.ADMIN).statusCode());
    }

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
    void proposingConfirmingAndCancellingMailTrainersAndContactWithOneEventRaisingItsSequence() throws Exception {
        Account trainer = newTrainer("Fay Fischer");
        JsonObject created = Http.json(create(visit(SANTA_FE, "Invitation check", "ON_SITE", YEAR + "-08-03T09:00",
                YEAR + "-08-04T17:00", trainer), StaffAccounts.ADMIN));
        long id = created.getJsonNumber("id").longValue();
        String contact = created.getString("contactEmail");
        assertEquals(0, Database.count("select count(*) from outbox_message where recipient = ?", trainer.email()),
                "a request is not yet news for anyone");

        assertEquals(200, status(id, "PROPOSED", null, StaffAccounts.ADMIN).statusCode());
        assertEquals(200, status(id, "CONFIRMED", null, StaffAccounts.ADMIN).statusCode());
        HttpResponse<String> cancel = status(id, "CANCELLED", null, StaffAccounts.ADMIN);
        assertEquals(400, cancel.statusCode(), "cancelling needs a reason");
        assertEquals(200, status(id, "CANCELLED", "The site postponed", StaffAccounts.ADMIN).statusCode());

        for (String recipient : List.of(trainer.email(), contact)) {
            List<String[]> invitations = attachments(recipient);
            assertEquals(3, invitations.size(), recipient);
            assertTrue(invitations.get(0)[0].startsWith("Proposed:") && invitations.get(0)[1].contains("method=REQUEST"));
            assertTrue(invitations.get(1)[0].startsWith("Confirmed:") && invitations.get(1)[1].contains("method=REQUEST"));
            assertTrue(invitations.get(2)[0].startsWith("Cancelled:") && invitations.get(2)[1].contains("method=CANCEL"));
            String uid = line(invitations.get(0)[2], "UID:");
            for (int i = 0; i < 3; i++) {
                assertEquals(uid, line(invitations.get(i)[2], "UID:"), "one event");
                assertEquals(String.valueOf(i + 1), line(invitations.get(i)[2], "SEQUENCE:"));
            }
            assertTrue(invitations.get(2)[2].contains("METHOD:CANCEL"));
        }
        assertEquals(422, status(id, "CONFIRMED", null, StaffAccounts.ADMIN).statusCode(), "cancelled stays cancelled");

        // Cancelled visits free the trainer.
        assertEquals(201, create(visit(BURIEN, "After the cancellation", "ON_SITE", YEAR + "-08-03T09:00",
                YEAR + "-08-04T17:00", trainer), StaffAccounts.ADMIN).statusCode());
    }

    @Test
    void theAvailabilitySearchListsTheEarliestWindowsWhenAllAreFree() {
        Account gail = newTrainer("Gail Green");
        Account hugo = newTrainer("Hugo Hale");
        assertEquals(201, create(visit(SANTA_FE, "Gail busy", "ON_SITE", YEAR + "-09-02T09:00", YEAR + "-09-04T17:00", gail),
                StaffAccounts.ADMIN).statusCode());
        HttpResponse<String> response = send("GET", "/api/staff/trainers/availability?trainers=" + gail.email() + ","
                + hugo.email() + "&days=2&from=" + YEAR + "-09-01&to=" + YEAR + "-09-30&zone=America/Denver", null, gail);
        assertEquals(200, response.statusCode(), response.body());
        var windows = Http.jsonArray(response);
        // Sept 1 + 2 would overlap; from Sept 5 on, Gail travels until 17:00, so the 6th is the first free day.
        assertEquals(YEAR + "-09-06", windows.getJsonObject(0).getString("first"));
        assertEquals(YEAR + "-09-07", windows.getJsonObject(0).getString("last"));
        assertEquals(400, send("GET", "/api/staff/trainers/availability?trainers=" + gail.email() + "&days=0&from=" + YEAR + "-09-01&to=" + YEAR + "-09-30",
                null, gail).statusCode());
    }

    @Test
    void aTrainerCannotBeBookedDuringTheirUnavailabilityNorBlockTimeTheyAreBookedFor() {
        Account kim = newTrainer("Kim Kowalski");
        Account lee = newTrainer("Lee Larsen");
        String leave = Json.createObjectBuilder().add("trainer", kim.email()).add("start", YEAR + "-10-05T00:00")
                .add("end", YEAR + "-10-12T00:00").add("zone", "America/Denver").add("reason", "Annual leave").build().toString();
        HttpResponse<String> othersLeave = send("POST", "/api/staff/trainers/unavailability", leave, lee);
        assertEquals(403, othersLeave.statusCode(), "trainers enter only their own");
        assertEquals(403, Http.json(othersLeave).getInt("status"), othersLeave.body());
        HttpResponse<String> added = send("POST", "/api/staff/trainers/unavailability", leave, kim);
        assertEquals(201, added.statusCode(), added.body());

        HttpResponse<String> during = create(visit(SANTA_FE, "During the leave", "VIRTUAL", YEAR + "-10-08T09:00",
                YEAR + "-10-08T10:00", kim), StaffAccounts.ADMIN);
        assertEquals(409, during.statusCode(), during.body());
        String detail = Http.json(during).getString("detail");
        assertTrue(detail.contains("not available") && detail.contains("Annual leave") && detail.contains(YEAR + "-10-05T00:00"), detail);

        assertEquals(201, create(visit(SANTA_FE, "Lee's visit", "ON_SITE", YEAR + "-10-20T09:00", YEAR + "-10-21T17:00", lee),
                StaffAccounts.ADMIN).statusCode());
        String overVisit = Json.createObjectBuilder().add("trainer", lee.email()).add("start", YEAR + "-10-21T00:00")
                .add("end", YEAR + "-10-23T00:00").add("zone", "America/Denver").build().toString();
        HttpResponse<String> refused = send("POST", "/api/staff/trainers/unavailability", overVisit, StaffAccounts.staff());
        assertEquals(409, refused.statusCode(), refused.body());
        assertTrue(Http.json(refused).getString("detail").contains("Lee's visit"), refused.body());

        // Once the leave is removed, the visit can be booked.
        long id = Http.json(added).getJsonNumber("id").longValue();
        assertEquals(204, send("DELETE", "/api/staff/trainers/unavailability/" + id, null, kim).statusCode());
        assertEquals(201, create(visit(SANTA_FE, "During the leave", "VIRTUAL", YEAR + "-10-08T09:00",
                YEAR + "-10-08T10:00", kim), StaffAccounts.ADMIN).statusCode());
    }

    @Test
    void aTrainerChangesOnlyTheVisitsTheyAreBookedForAndARefusalChangesNothingNorMails() throws Exception {
        Account owner = newTrainer("Nora Nash");
        Account other = newTrainer("Otto Olsen");
        LocalDate day = LocalDate.now().plusYears(3).plusDays(120);
        String booked = visit(SANTA_FE, "Nora's visit", "ON_SITE", day + "T09:00", day.plusDays(1) + "T17:00", owner);
        long id = Http.json(create(booked, StaffAccounts.ADMIN)).getJsonNumber("id").longValue();
        assertEquals(200, status(id, "PROPOSED", null, StaffAccounts.ADMIN).statusCode());
        JsonObject before = Http.json(send("GET", "/api/staff/visits/" + id, null, other));
        String contact = before.getString("contactEmail");
        long mails = Database.count("select count(*) from outbox_message where recipient in (?, ?, ?)",
                owner.email(), other.email(), contact);

        String moved = visit(SANTA_FE, "Nora's visit", "ON_SITE", day.plusDays(7) + "T09:00", day.plusDays(8) + "T17:00", owner);
        List<HttpResponse<String>> refused = List.of(
                send("PUT", "/api/staff/visits/" + id, moved, other),
                status(id, "CONFIRMED", null, other),
                status(id, "CANCELLED", "Not my visit", other),
                send("POST", "/api/staff/visits/" + id + "/status", Json.createObjectBuilder().add("status", "COMPLETED")
                        .add("summary", "A report on someone else's visit").build().toString(), other));
        for (HttpResponse<String> response : refused) {
            assertEquals(403, response.statusCode(), response.body());
            assertEquals(403, Http.json(response).getInt("status"), response.body());
        }
        assertEquals(before, Http.json(send("GET", "/api/staff/visits/" + id, null, StaffAccounts.ADMIN)), "nothing changed");
        assertEquals(mails, Database.count("select count(*) from outbox_message where recipient in (?, ?, ?)",
                owner.email(), other.email(), contact), "no mail left");

        // The visit's own trainer moves it; staff change anyone's.
        HttpResponse<String> ownMove = send("PUT", "/api/staff/visits/" + id, moved, owner);
        assertEquals(200, ownMove.statusCode(), ownMove.body());
        assertEquals(day.plusDays(7) + "T09:00", Http.json(ownMove).getString("start"));
        assertEquals(200, status(id, "CANCELLED", "The site postponed", StaffAccounts.staff()).statusCode());
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

    @Test
    void aVisitBookedForAnInquiryIsLinkedBothWays() throws Exception {
        FormCounts.clear("inquiry-intake");
        HttpResponse<String> posted = Http.post("/api/inquiries", Json.createObjectBuilder()
                .add("name", "Dana Diaz").add("email", "dana@eastport.example").add("organisation", "Eastport PD")
                .add("role", "Captain").add("jurisdiction", "Eastport").add("state", "ME").add("stage", "PLANNING")
                .add("interests", Json.createArrayBuilder().add("SITE_VISIT"))
                .add("message", "Could a trainer visit us this spring?").add("consent", true)
                .build().toString());
        assertEquals(201, posted.statusCode(), posted.body());
        String reference = Http.json(posted).getString("reference");
        FormCounts.clear("inquiry-intake");

        Account trainer = newTrainer("Ines Iqbal");
        String visit = visit(SANTA_FE, "Stakeholder workshop", "ON_SITE", "2032-05-04T09:00", "2032-05-05T17:00", trainer);
        HttpResponse<String> unknown = create(withInquiry(visit, "LEAD-1999-99999"), StaffAccounts.ADMIN);
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("There is no inquiry LEAD-1999-99999"), unknown.body());

        // A trainer sees only the inquiries assigned to them: another one is answered as if it did not exist.
        String own = visit(SANTA_FE, "Trainer's own booking", "VIRTUAL", "2032-06-01T09:00", "2032-06-01T10:00", trainer);
        HttpResponse<String> unknownToTrainer = create(withInquiry(own, "LEAD-1999-99999"), trainer);
        HttpResponse<String> invisible = create(withInquiry(own, reference), trainer);
        assertEquals(400, invisible.statusCode(), invisible.body());
        assertEquals(Http.json(unknownToTrainer).toString().replace("LEAD-1999-99999", reference),
                Http.json(invisible).toString(), "an invisible inquiry gets the same answer as an unknown one");
        Database.update("update inquiry set assignee = ? where reference = ?", trainer.email(), reference);
        assertEquals(201, create(withInquiry(own, reference), trainer).statusCode(), "once assigned to them it is linked");

        HttpResponse<String> created = create(withInquiry(visit, reference), StaffAccounts.ADMIN);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject booked = Http.json(created);
        assertEquals(reference, booked.getString("inquiry"));
        long id = booked.getJsonNumber("id").longValue();
        assertEquals(2, Database.count("select count(*) from inquiry_event e join inquiry i on i.id = e.inquiry_id"
                + " where i.reference = ? and e.kind = 'VISIT'", reference), "the inquiry's timeline has both requests");

        var staff = StaffSession.signedIn(StaffAccounts.staff());
        assertTrue(staff.get("/staff/inquiries/" + reference).body().contains("href=\"/staff/visits/" + id + "\""),
                "the inquiry links its visit");
        assertTrue(staff.get("/staff/visits/" + id).body().contains("href=\"/staff/inquiries/" + reference + "\""),
                "the visit links its inquiry");
        String form = staff.get("/staff/visits?inquiry=" + reference).body();
        assertTrue(form.contains("value=\"" + reference + "\"") && form.contains("value=\"dana@eastport.example\""),
                "booking from the inquiry starts with its reference and contact");
    }

    private static String withInquiry(String visit, String reference) {
        try (var reader = Json.createReader(new java.io.StringReader(visit))) {
            return Json.createObjectBuilder(reader.readObject()).add("inquiry", reference).build().toString();
        }
    }

    /** Subject, content type and text of each calendar attachment mailed to {@code recipient}, oldest first. */
    private static List<String[]> attachments(String recipient) throws Exception {
        try (Connection connection = Database.connect();
             PreparedStatement statement = connection.prepareStatement("select m.subject, a.content_type, a.content"
                     + " from outbox_message m join outbox_attachment a on a.message_id = m.id where m.recipient = ?"
                     + " order by m.id")) {
            statement.setString(1, recipient);
            List<String[]> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(new String[] {result.getString(1), result.getString(2),
                            new String(result.getBytes(3), StandardCharsets.UTF_8).replace("\r\n ", "")});
                }
            }
            return rows;
        }
    }

    private static String line(String ics, String prefix) {
        return ics.lines().filter(line -> line.startsWith(prefix)).findFirst().orElseThrow().substring(prefix.length());
    }
}

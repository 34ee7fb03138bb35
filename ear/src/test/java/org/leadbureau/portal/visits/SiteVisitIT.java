package org.leadbureau.portal.visits;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Database;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.SharedPortal;
import org.leadbureau.portal.it.StaffAccounts;
import org.leadbureau.portal.it.StaffAccounts.Account;

/** Booking site visits through the staff API: conflicts, concurrency, rescheduling, availability and who may change what. */
@SharedPortal
class SiteVisitIT {

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
        HttpResponse<String> staff = create(visit(SANTA_FE, "Launch planning", "ON_SITE", YEAR + "-01-05T09:00",
                YEAR + "-01-05T17:00", StaffAccounts.staff()), StaffAccounts.ADMIN);
        assertEquals(400, staff.statusCode(), staff.body());
        assertTrue(Http.json(staff).getString("detail").contains("not an active trainer"), staff.body());

        Account trainer = newTrainer("Omar Ortiz");
        HttpResponse<String> backwards = create(visit(SANTA_FE, "Launch planning", "ON_SITE", YEAR + "-01-05T09:00",
                YEAR + "-01-04T17:00", trainer), StaffAccounts.ADMIN);
        assertEquals(400, backwards.statusCode(), backwards.body());
        HttpResponse<String> noSite = create(visit("no-such-site", "Launch planning", "ON_SITE", YEAR + "-01-05T09:00",
                YEAR + "-01-05T17:00", trainer), StaffAccounts.ADMIN);
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
}

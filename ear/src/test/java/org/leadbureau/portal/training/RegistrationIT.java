package org.leadbureau.portal.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Database;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.SharedPortal;
import org.leadbureau.portal.platform.security.SecureTokens;

/** Registering through the public API against trainings made for the tests: seats, waitlist, duplicates, closed windows. */
@SharedPortal
class RegistrationIT {

    @Test
    void fiftySimultaneousRegistrationsForFiveSeatsConfirmFiveAndWaitlistTheRestInOrderThenACancellationPromotesTheFirst()
            throws Exception {
        int people = 50;
        ExecutorService pool = Executors.newFixedThreadPool(people);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < people; i++) {
                String name = "Officer " + i;
                String email = "officer" + i + "@workshop.example";
                Callable<HttpResponse<String>> registration = () -> {
                    start.await();
                    return TrainingApi.register(TrainingApi.WORKSHOP, name, email);
                };
                answers.add(pool.submit(registration));
            }
            start.countDown();
            Map<Integer, String> waitlisted = new TreeMap<>();
            List<String> confirmed = new ArrayList<>();
            for (int i = 0; i < people; i++) {
                HttpResponse<String> response = answers.get(i).get();
                assertEquals(201, response.statusCode(), response.body());
                JsonObject outcome = Http.json(response);
                assertTrue(outcome.getString("manageToken").length() >= 22);
                if ("CONFIRMED".equals(outcome.getString("status"))) {
                    assertTrue(outcome.isNull("position"));
                    confirmed.add(outcome.getString("manageToken"));
                } else {
                    assertEquals("WAITLISTED", outcome.getString("status"));
                    String previous = waitlisted.put(outcome.getInt("position"), outcome.getString("manageToken"));
                    assertEquals(null, previous, "each waitlist position is given once");
                }
            }
            assertEquals(5, confirmed.size());
            assertEquals(IntStream.rangeClosed(1, 45).boxed().collect(Collectors.toCollection(TreeSet::new)), waitlisted.keySet());
            assertEquals(5, Database.count("select count(*) from training_registration r join training t on t.id = r.training_id"
                    + " where t.slug = ? and r.status = 'CONFIRMED'", TrainingApi.WORKSHOP));
            assertEquals("Full – waitlist open", workshop().getString("availability"));

            // The first on the waitlist gets the seat a cancellation frees, and is told by email.
            String first = waitlisted.get(1);
            String firstEmail = Database.strings("select r.email from training_registration r join registration_link l"
                    + " on l.registration_id = r.id where l.token_hash = ?", SecureTokens.hash(first)).get(0);
            var cancelled = Http.post("/api/registrations/" + confirmed.get(0) + "/cancel", null);
            assertEquals(200, cancelled.statusCode(), cancelled.body());
            assertEquals("CANCELLED", Http.json(cancelled).getString("status"));

            assertEquals(List.of("CONFIRMED"), Database.strings("select r.status from training_registration r join registration_link l"
                    + " on l.registration_id = r.id where l.token_hash = ?", SecureTokens.hash(first)));
            assertEquals(1, Database.count("select count(*) from outbox_message where recipient = ? and subject like 'A seat is yours%'",
                    firstEmail));
            assertEquals(5, Database.count("select count(*) from training_registration r join training t on t.id = r.training_id"
                    + " where t.slug = ? and r.status = 'CONFIRMED'", TrainingApi.WORKSHOP));
            // The second on the waitlist is now first.
            String second = waitlisted.get(2);
            assertTrue(Http.get("/registrations/" + second).body().contains("On the waitlist, at position 1."));
            // Every registrant was written to: 50 confirmations or waitlist notices, a cancellation, a promotion.
            assertEquals(52, Database.count("select count(*) from outbox_message where recipient like '%@workshop.example'"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void registeringTwiceWithOneAddressKeepsOneRegistrationAndResendsTheLink() throws Exception {
        var first = TrainingApi.register(TrainingApi.WEBINAR, "Dana Reyes", "dana.reyes@duplicate.example");
        assertEquals(201, first.statusCode(), first.body());
        assertEquals("CONFIRMED", Http.json(first).getString("status"));
        assertEquals(Http.baseUrl() + "/registrations/" + Http.json(first).getString("manageToken"),
                first.headers().firstValue("Location").orElse(""), "Location is the registrant's own page");

        var again = TrainingApi.register(TrainingApi.WEBINAR, "Dana Reyes", "Dana.Reyes@Duplicate.example");

        assertEquals(409, again.statusCode(), again.body());
        assertEquals("application/problem+json", again.headers().firstValue("Content-Type").orElse(""));
        assertTrue(Http.json(again).getString("detail").contains("already registered"));
        assertEquals(1, Database.count("select count(*) from training_registration where email = ?", "dana.reyes@duplicate.example"));
        assertEquals(1, Database.count("select count(*) from outbox_message where recipient = ? and subject like 'Your registration:%'",
                "dana.reyes@duplicate.example"));
        assertEquals(1, Database.count("select count(*) from outbox_message where recipient = ? and subject like 'Registration confirmed:%'",
                "dana.reyes@duplicate.example"));
    }

    @Test
    void registrationBeforeTheWindowOpensIsRefusedWithTheOpeningDate() throws Exception {
        var response = TrainingApi.register(TrainingApi.NOT_YET_OPEN, "Early Bird", "early@closed.example");

        assertEquals(422, response.statusCode(), response.body());
        String detail = Http.json(response).getString("detail");
        assertTrue(detail.startsWith("Registration opens on ") && detail.matches(".* (EST|EDT)\\.$"), detail);
        assertEquals(0, Database.count("select count(*) from training_registration where email = ?", "early@closed.example"));
        assertEquals(0, Database.count("select count(*) from outbox_message where recipient = ?", "early@closed.example"));
    }

    @Test
    void invalidInputIsAnsweredWithTheFieldsToFix() {
        var response = Http.post("/api/trainings/" + TrainingApi.WEBINAR + "/registrations",
                "{\"name\":\"\",\"email\":\"not-an-address\"}");

        assertEquals(400, response.statusCode(), response.body());
        var fields = Http.json(response).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("field")).toList();
        assertEquals(List.of("email", "name"), fields);
        assertEquals(404, TrainingApi.register("no-such-training", "A", "a@b.example").statusCode());
    }

    @Test
    void anAddressWhoseDomainHasNoDotIsRefusedAsTheContactFormRefusesIt() {
        var response = TrainingApi.register(TrainingApi.WEBINAR, "Pat Visitor", "pat.visitor@example");

        assertEquals(400, response.statusCode(), response.body());
        assertEquals(List.of("email"), Http.json(response).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("field")).toList(), response.body());
    }

    @Test
    void theListShowsUpcomingTrainingsWithSeatsAndEachHasACalendar() {
        var list = Http.get("/api/trainings");
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("\"slug\":\"" + TrainingApi.HARM_REDUCTION + "\""), list.body());
        assertFalse(list.body().contains("meet.example.org"), "join links are for confirmed registrants only");

        var ics = Http.get("/api/trainings/" + TrainingApi.HARM_REDUCTION + "/calendar.ics");
        assertEquals(200, ics.statusCode());
        assertTrue(ics.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        String body = ics.body().replace("\r\n ", "");
        assertTrue(body.contains("METHOD:PUBLISH") && body.contains("BEGIN:VTIMEZONE") && body.contains("TZID:America/Denver"), body);
        assertTrue(body.contains("DTSTART;TZID=America/Denver:") && body.contains("T120000"), body);
    }

    private static JsonObject workshop() {
        return Http.json(Http.get("/api/trainings/" + TrainingApi.WORKSHOP));
    }
}

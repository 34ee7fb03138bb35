package org.leadbureau.portal.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadbureau.portal.evaluation.EvaluationApi.answer;
import static org.leadbureau.portal.evaluation.EvaluationApi.send;
import static org.leadbureau.portal.evaluation.EvaluationApi.sendMail;
import static org.leadbureau.portal.evaluation.EvaluationApi.subjects;
import static org.leadbureau.portal.evaluation.EvaluationApi.token;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Database;
import org.leadbureau.portal.it.Dates;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.SharedPortal;
import org.leadbureau.portal.it.StaffAccounts;
import org.leadbureau.portal.it.StaffAccounts.Account;

/**
 * Evaluation links: mailed to those checked in when a training ends and to the people of a completed visit; each
 * takes one answer while it is valid; a week later whoever has not answered is reminded once; staff read exact
 * figures and export the answers.
 */
@SharedPortal
class EvaluationsIT {

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void attendeesOfAnEndedTrainingEvaluateItOnceAndStaffReadTheFigures() throws Exception {
        String run = unique();
        String ana = "ana-" + run + "@evaluations.test";
        String ben = "ben-" + run + "@evaluations.test";
        String cy = "cy-" + run + "@evaluations.test";
        String dee = "dee-" + run + "@evaluations.test";
        EvaluationApi.Ended training = EvaluationApi.endedTraining("Evaluated workshop", ana, ben, cy, dee);
        HttpResponse<String> question = send("POST", "/api/staff/evaluations/questions?training=" + training.slug(),
                "{\"kind\": \"RATING\", \"label\": \"How was the pace?\"}", StaffAccounts.staff());
        assertEquals(201, question.statusCode(), question.body());
        long pace = Http.json(question).getJsonNumber("id").longValue();

        EvaluationApi.attended(ana, ben, cy);
        assertTrue(sendMail().getInt("invited") >= 3);
        String invitation = "How was it? " + training.title();
        for (String attendee : List.of(ana, ben, cy)) {
            assertEquals(List.of(invitation), subjects(attendee).stream().filter(s -> s.startsWith("How was it?")).toList(),
                    attendee);
        }
        assertTrue(subjects(dee).stream().noneMatch(s -> s.startsWith("How was it?")), "not checked in: no link");

        // Checked in after the end: the next run mails them, and nobody gets a second invitation.
        EvaluationApi.attended(dee);
        sendMail();
        for (String attendee : List.of(ana, dee)) {
            assertEquals(1, subjects(attendee).stream().filter(invitation::equals).count(), attendee);
        }

        String anaToken = token(ana, invitation);
        assertEquals(0, Database.count("select count(*) from evaluation_link where token_hash = ?", anaToken),
                "only the token's hash is stored");
        HttpResponse<String> form = Http.get("/evaluations/" + anaToken);
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("How was the pace?"), "staff's question is on the form");

        HttpResponse<String> invalid = answer(token(ben, invitation),
                "{\"overall\": 7, \"recommend\": \"maybe\", \"answers\": {\"" + pace + "\": 9, \"999999\": 1}}");
        assertEquals(400, invalid.statusCode(), invalid.body());
        assertEquals("application/problem+json", invalid.headers().firstValue("Content-Type").orElse(""));
        Set<String> fields = Http.json(invalid).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("field")).collect(Collectors.toSet());
        assertEquals(Set.of("overall", "usefulness", "recommend", "answers." + pace, "answers.999999"), fields);

        String anaAnswer = "{\"overall\": 5, \"usefulness\": 4, \"recommend\": true, \"change\": \"=Use the referral form\","
                + " \"improve\": \"More breaks\", \"name\": \"Ana\", \"answers\": {\"" + pace + "\": 4}}";
        assertEquals(201, answer(anaToken, anaAnswer).statusCode());
        HttpResponse<String> again = answer(anaToken, anaAnswer);
        assertEquals(409, again.statusCode(), again.body());
        assertEquals(201, answer(token(ben, invitation), "{\"overall\": 3, \"usefulness\": 2, \"recommend\": false,"
                + " \"answers\": {\"" + pace + "\": \"2\"}}").statusCode());
        assertTrue(Http.get("/evaluations/" + anaToken).body().contains("This evaluation has been answered"));

        // An expired link answers like an unknown one.
        Database.update("update evaluation set expires_at = ? where email = ?",
                Database.utc(Instant.now().minus(Duration.ofMinutes(1))), cy);
        String cyToken = token(cy, invitation);
        assertEquals(404, answer(cyToken, anaAnswer).statusCode());
        assertEquals(404, Http.get("/evaluations/" + cyToken).statusCode());
        assertEquals(404, answer("x".repeat(43), anaAnswer).statusCode());

        HttpResponse<String> stats = send("GET", "/api/staff/evaluations?training=" + training.slug(), null,
                StaffAccounts.staff());
        assertEquals(200, stats.statusCode(), stats.body());
        JsonObject figures = Http.json(stats);
        assertEquals(4, figures.getInt("invited"));
        assertEquals(2, figures.getInt("responses"));
        assertEquals(0.5, figures.getJsonNumber("responseRate").doubleValue());
        assertEquals(Json.createObjectBuilder().add("1", 0).add("2", 0).add("3", 1).add("4", 0).add("5", 1).build(),
                figures.getJsonObject("overall").getJsonObject("counts"));
        assertEquals(4.0, figures.getJsonObject("overall").getJsonNumber("average").doubleValue());
        assertEquals(3.0, figures.getJsonObject("usefulness").getJsonNumber("average").doubleValue());
        assertEquals(Json.createObjectBuilder().add("yes", 1).add("no", 1).build(), figures.getJsonObject("recommend"));
        JsonObject paceFigures = figures.getJsonArray("questions").getJsonObject(0);
        assertEquals("How was the pace?", paceFigures.getString("label"));
        assertEquals(3.0, paceFigures.getJsonObject("rating").getJsonNumber("average").doubleValue());
        assertEquals(List.of(Json.createObjectBuilder().add("change", "=Use the referral form").add("improve", "More breaks")
                .build()), figures.getJsonArray("texts"));
        assertEquals(403, send("GET", "/api/staff/evaluations?training=" + training.slug(), null,
                StaffAccounts.trainer()).statusCode(), "trainings' figures are for STAFF and ADMIN");

        HttpResponse<String> csv = send("GET", "/api/staff/evaluations?training=" + training.slug() + "&format=csv", null,
                StaffAccounts.staff());
        assertEquals(200, csv.statusCode(), csv.body());
        List<String> lines = csv.body().lines().toList();
        assertEquals(3, lines.size(), csv.body());
        assertEquals("answered_at,overall,usefulness,recommend,change,improve,name,How was the pace?", lines.get(0));
        assertTrue(lines.get(1).endsWith(",5,4,yes,'=Use the referral form,More breaks,Ana,4"), lines.get(1));
        assertTrue(lines.get(2).endsWith(",3,2,no,,,,2"), lines.get(2));
        assertEquals(1, Database.count("select count(*) from audit_event where action = 'DATA_EXPORTED' and subject = ?"
                + " and actor = ?", "training " + training.slug(), StaffAccounts.STAFF.email()));
    }

    @Test
    void aCompletedVisitsContactAndParticipantsEvaluateItAndAreRemindedOnce() throws Exception {
        String run = unique();
        String purpose = "Evaluated visit " + run;
        String trainerEmail = "trainer-" + run + "@evaluations.test";
        Account trainer = StaffAccounts.ensure(new Account(trainerEmail, "an evaluation trainer's password"),
                "Terry Trainer", "TRAINER");
        String contact = "contact-" + run + "@evaluations.test";
        String participant = "pat-" + run + "@evaluations.test";
        int year = Dates.nextYear();
        String visit = Json.createObjectBuilder().add("site", "santa-fe-lead").add("purpose", purpose)
                .add("format", "VIRTUAL").add("start", year + "-09-14T09:00").add("end", year + "-09-14T12:00")
                .add("trainers", Json.createArrayBuilder().add(trainerEmail))
                .add("contactName", "Casey Contact").add("contactEmail", contact).build().toString();
        HttpResponse<String> created = send("POST", "/api/staff/visits", visit, StaffAccounts.staff());
        assertEquals(201, created.statusCode(), created.body());
        long id = Http.json(created).getJsonNumber("id").longValue();
        HttpResponse<String> added = send("POST", "/api/staff/evaluations/participants?visit=" + id,
                "{\"name\": \"Pat Participant\", \"email\": \"" + participant + "\"}", trainer);
        assertEquals(201, added.statusCode(), added.body());
        assertEquals(201, send("POST", "/api/staff/evaluations/questions?visit=" + id,
                "{\"kind\": \"YES_NO\", \"label\": \"Did the agenda fit?\"}", trainer).statusCode());

        assertEquals(200, send("POST", "/api/staff/visits/" + id + "/status", "{\"status\": \"CONFIRMED\"}", trainer)
                .statusCode());
        String invitation = "How was it? " + purpose;
        assertTrue(subjects(participant).isEmpty(), "no link before the visit is completed");
        HttpResponse<String> completed = send("POST", "/api/staff/visits/" + id + "/status",
                "{\"status\": \"COMPLETED\", \"summary\": \"Went well.\"}", trainer);
        assertEquals(200, completed.statusCode(), completed.body());
        assertTrue(subjects(contact).stream().anyMatch(s -> s.startsWith(invitation)), subjects(contact).toString());
        assertTrue(subjects(participant).stream().anyMatch(s -> s.startsWith(invitation)), subjects(participant).toString());

        assertEquals(201, answer(token(contact, invitation), "{\"overall\": 4, \"usefulness\": 5, \"recommend\": true,"
                + " \"answers\": {}}").statusCode());
        // A week on, only the participant, who has not answered, is reminded; and only once.
        Database.update("update evaluation set invited_at = ? where visit_id = ?",
                Database.utc(Instant.now().minus(Duration.ofDays(8))), id);
        sendMail();
        sendMail();
        String reminder = "Reminder: your evaluation of " + purpose;
        assertEquals(1, subjects(participant).stream().filter(s -> s.startsWith(reminder)).count());
        assertEquals(0, subjects(contact).stream().filter(s -> s.startsWith(reminder)).count());
        String reminded = token(participant, reminder);
        assertTrue(Http.get("/evaluations/" + reminded).body().contains("Did the agenda fit?"));
        assertEquals(201, answer(reminded, "{\"overall\": 2, \"usefulness\": 3, \"recommend\": false,"
                + " \"improve\": \"Shorter sessions\", \"answers\": {}}").statusCode());

        HttpResponse<String> stats = send("GET", "/api/staff/evaluations?visit=" + id, null, trainer);
        assertEquals(200, stats.statusCode(), stats.body());
        JsonObject figures = Http.json(stats);
        assertEquals(2, figures.getInt("invited"));
        assertEquals(2, figures.getInt("responses"));
        assertEquals(1.0, figures.getJsonNumber("responseRate").doubleValue());
        assertEquals(3.0, figures.getJsonObject("overall").getJsonNumber("average").doubleValue());
        assertEquals("Shorter sessions", figures.getJsonArray("texts").getJsonObject(0).getString("improve"));
        assertEquals(400, send("GET", "/api/staff/evaluations?visit=abc", null, trainer).statusCode());
    }
}

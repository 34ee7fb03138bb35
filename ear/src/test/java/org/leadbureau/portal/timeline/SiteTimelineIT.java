package org.leadbureau.portal.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.inquiry.InquiryApi;
import org.leadbureau.portal.it.Database;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.SharedPortal;
import org.leadbureau.portal.it.StaffAccounts;
import org.leadbureau.portal.it.StaffSession;
import org.leadbureau.portal.it.TestTrainings;
import org.leadbureau.portal.visits.VisitApi;

/**
 * One record per jurisdiction: a site's timeline gathers the inquiry linked to it, its site visit, the training
 * its people registered for, an evaluation answered for a visit (the registration names the site, the roster shows it), newest first, one kind at a
 * time, and as an audited CSV. The site and what points at it are removed again.
 */
@SharedPortal
class SiteTimelineIT {

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String name = "Timeline " + suffix + " LEAD";

    @Test
    void aSitesTimelineGathersWhatTheBureauDidWithItNewestFirst() throws Exception {
        HttpResponse<String> imported = Http.send(HttpRequest.newBuilder(Http.uri("/api/staff/sites/import"))
                .header("Content-Type", "text/csv").header("Authorization", StaffAccounts.staff().basic())
                .POST(HttpRequest.BodyPublishers.ofString("name,jurisdiction,state,status,launched,source_url,notes\r\n"
                        + name + ",Timeline County,WA,PLANNING,2025,,\r\n")).build());
        assertEquals(1, Http.json(imported).getInt("created"), imported.body());
        String slug = Database.strings("select slug from site where name = ?", name).get(0);
        try {
            // Someone registers for a training naming the site; a site that is not in the directory is refused.
            String training = TestTrainings.training("Timeline training")
                    .startsIn(20, "America/Los_Angeles", LocalTime.of(10, 0)).publish();
            HttpResponse<String> refused = register(training, "no-such-site-" + suffix, "nobody-" + suffix);
            assertEquals(400, refused.statusCode(), refused.body());
            assertEquals(List.of("site"), Http.json(refused).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                    .map(error -> error.getString("field")).toList());
            assertEquals(201, register(training, slug, "kim-" + suffix).statusCode());
            assertEquals(201, register(training, null, "lee-" + suffix).statusCode());
            JsonObject roster = Http.json(Http.get("/api/staff/trainings/" + training + "/registrations",
                    "Authorization", StaffAccounts.staff().basic()));
            assertEquals(List.of(slug, "none"), roster.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .map(row -> row.getString("site", "none")).toList());

            // An inquiry from the community, linked to the site, and a site visit there in sixty days.
            InquiryApi.resetLimits();
            String reference = InquiryApi.submit("timeline-" + suffix + "@county.example", inquiry -> { });
            Database.update("update inquiry set site_id = (select id from site where slug = ?) where reference = ?",
                    slug, reference);
            LocalDate visitDay = LocalDate.now().plusDays(60);
            HttpResponse<String> visit = VisitApi.create(VisitApi.visit(slug, "Timeline planning " + suffix, "VIRTUAL",
                    visitDay + "T09:00", visitDay + "T11:00", VisitApi.newTrainer("Tim Line")), StaffAccounts.ADMIN);
            assertEquals(201, visit.statusCode(), visit.body());
            // The site contact answered the evaluation of an earlier visit yesterday (as the evaluation form stores it).
            long visitId = Http.json(visit).getJsonNumber("id").longValue();
            Timestamp yesterday = Database.utc(Instant.now().minus(1, ChronoUnit.DAYS));
            Database.update("insert into evaluation (visit_id, recipient_name, email, invited_at, expires_at, answered_at,"
                    + " overall, usefulness, recommend, version) values (?, 'Casey Contact', ?, ?, ?, ?, 4, 5, true, 0)",
                    visitId, "casey-" + suffix + "@county.example", yesterday, yesterday, yesterday);

            JsonObject all = timeline(slug, "");
            assertEquals(4, all.getInt("total"));
            assertEquals(List.of("VISIT", "TRAINING", "INQUIRY", "EVALUATION"), kinds(all));
            JsonObject evaluation = all.getJsonArray("items").getJsonObject(3);
            assertEquals("Evaluation of the site visit: Timeline planning " + suffix, evaluation.getString("title"));
            assertEquals("Overall 4 of 5 · useful for their work 5 of 5 · would recommend it", evaluation.getString("detail"));
            JsonObject trainingEntry = all.getJsonArray("items").getJsonObject(1);
            assertTrue(trainingEntry.getString("title").contains("Timeline training"), trainingEntry.toString());
            assertEquals("From this site: 1 confirmed", trainingEntry.getString("detail"));
            assertEquals("/staff/inquiries/" + reference, all.getJsonArray("items").getJsonObject(2).getString("link"));

            JsonObject visits = timeline(slug, "&kind=VISIT");
            assertEquals(1, visits.getInt("total"));
            assertEquals(List.of("VISIT"), kinds(visits));
            assertEquals(400, Http.get("/api/staff/sites/" + slug + "/timeline?kind=GOSSIP",
                    "Authorization", StaffAccounts.staff().basic()).statusCode());
            assertEquals(403, Http.get("/api/staff/sites/" + slug + "/timeline",
                    "Authorization", StaffAccounts.trainer().basic()).statusCode());

            long exports = Database.count("select count(*) from audit_event where action = 'DATA_EXPORTED' and subject = ?",
                    "site " + slug);
            HttpResponse<String> csv = Http.get("/api/staff/sites/" + slug + "/timeline?format=csv",
                    "Authorization", StaffAccounts.staff().basic());
            List<String> lines = csv.body().lines().toList();
            assertEquals("when,kind,title,detail,link", lines.get(0));
            assertEquals(5, lines.size(), csv.body());
            assertTrue(lines.get(3).contains(",INQUIRY,\"Inquiry " + reference + " from Jordan Lee"), lines.get(3));
            assertEquals(exports + 1, Database.count("select count(*) from audit_event where action = 'DATA_EXPORTED'"
                    + " and subject = ?", "site " + slug));

            // The staff page of the site shows the same timeline.
            String page = StaffSession.signedIn(StaffAccounts.staff()).get("/staff/sites/" + slug + "?kind=TRAINING").body();
            assertTrue(page.contains("Timeline of the Bureau's work with this community"), page);
            assertTrue(page.contains("/staff/trainings/" + training), "the training's entry");
            assertTrue(!page.contains("/staff/inquiries/" + reference), "only trainings under kind=TRAINING");
        } finally {
            Database.update("update training_registration set site_id = null where site_id = (select id from site where slug = ?)", slug);
            Database.update("update inquiry set site_id = null where site_id = (select id from site where slug = ?)", slug);
            for (String table : List.of("site_visit_trainer", "site_visit_history")) {
                Database.update("delete from " + table + " where visit_id in (select v.id from site_visit v join site s"
                        + " on s.id = v.site_id where s.slug = ?)", slug);
            }
            Database.update("delete from site_visit where site_id = (select id from site where slug = ?)", slug);
            Database.update("delete from site_status_change where site_id = (select id from site where slug = ?)", slug);
            Database.update("delete from site where slug = ?", slug);
        }
    }

    private static HttpResponse<String> register(String training, String site, String person) {
        var body = Json.createObjectBuilder().add("name", "Person " + person).add("email", person + "@county.example");
        if (site != null) {
            body.add("site", site);
        }
        return Http.post("/api/trainings/" + training + "/registrations", body.build().toString());
    }

    private static JsonObject timeline(String slug, String query) {
        HttpResponse<String> response = Http.get("/api/staff/sites/" + slug + "/timeline?size=10" + query,
                "Authorization", StaffAccounts.staff().basic());
        assertEquals(200, response.statusCode(), response.body());
        return Http.json(response);
    }

    private static List<String> kinds(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(e -> e.getString("kind")).toList();
    }
}

package org.leadbureau.portal.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Database;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.SharedPortal;
import org.leadbureau.portal.it.StaffAccounts;
import org.leadbureau.portal.it.StaffAccounts.Account;
import org.leadbureau.portal.it.TestTrainings;

/**
 * {@code GET /api/staff/dashboard} on a known data set: inquiries, visits, trainings and sites placed in the first half
 * of the year fifty years ago (a period no other test's data occupies), with edges of months in Los Angeles, the
 * Bureau's zone on the test server; searches that found nothing on one day 400 days ago. Exact figures for staff, a
 * trainer's own visits, the CSV downloads, refused periods, and a live search counted without personal data.
 */
@SharedPortal
class DashboardIT {

    private static final ZoneId BUREAU = ZoneId.of("America/Los_Angeles");
    private static final int YEAR = LocalDate.now().getYear() - 50;
    private static final String PERIOD = "from=" + YEAR + "-01-01&to=" + YEAR + "-06-30";
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final LocalDate SEARCH_DAY = LocalDate.now(BUREAU).minusDays(400);

    private static Account otherTrainer;

    @BeforeAll
    static void placeTheDataSet() throws Exception {
        inquiries();
        visits();
        trainings();
        sites();
        for (Object[] row : new Object[][]{{SEARCH_DAY, "naloxone vending " + RUN, 3}, {SEARCH_DAY, "peer navigators " + RUN, 4},
                {SEARCH_DAY.minusDays(1), "naloxone vending " + RUN, 9}}) {
            Database.update("insert into zero_result_search (search_day, term, searches) values (?, ?, ?)", row);
        }
    }

    @AfterAll
    static void removeWhatOthersWouldSee() throws SQLException {
        // Inquiries and published sites show in other pages' lists and counts; the rest lies in the past unseen.
        Database.update("delete from inquiry where reference_year = ?", YEAR);
        Database.update("delete from site_status_change where site_id in (select id from site where name like ?)", "%" + RUN);
        Database.update("delete from site where name like ?", "%" + RUN);
    }

    @Test
    void staffReadExactFiguresForThePeriod() {
        JsonObject figures = get("/api/staff/dashboard?" + PERIOD, StaffAccounts.staff(), 200);
        assertEquals(YEAR + "-01-01", figures.getString("from"));
        assertEquals("America/Los_Angeles", figures.getString("zone"));

        JsonArray inquiries = figures.getJsonArray("inquiriesByMonth");
        assertEquals(6, inquiries.size(), "every month of the period, those without inquiries too");
        // 23:30 on 31 January in Los Angeles is February in UTC: it counts in January.
        assertMonth(inquiries.getJsonObject(0), YEAR + "-01", 1, "PLANNING", 1);
        assertMonth(inquiries.getJsonObject(1), YEAR + "-02", 2, "PLANNING", 1, "EXPLORING", 1);
        assertMonth(inquiries.getJsonObject(2), YEAR + "-03", 0);
        assertMonth(inquiries.getJsonObject(4), YEAR + "-05", 1, "OPERATIONAL", 1);
        assertMonth(inquiries.getJsonObject(5), YEAR + "-06", 1, "IMPROVING", 1);
        assertEquals(5, inquiries.getJsonObject(0).getJsonObject("byStage").size(), "every stage");
        // Answered after 2, 5, 9 and 30 hours (spam and suspected ones apart): the mean of the middle two.
        assertEquals(7.0, figures.getJsonNumber("medianHoursToFirstResponse").doubleValue(), 1e-9);

        JsonObject trainings = figures.getJsonObject("trainings");
        assertEquals(1, trainings.getInt("delivered"), "the cancelled one was not delivered");
        assertEquals(3, trainings.getInt("registrations"), "seats held at the end: confirmed and attended");
        assertEquals(2, trainings.getInt("attended"));
        assertEquals(2.0 / 3, trainings.getJsonNumber("attendanceRate").doubleValue(), 1e-9);

        JsonArray visits = figures.getJsonArray("visitsByMonth");
        assertEquals(6, visits.size());
        assertVisits(visits.getJsonObject(0), YEAR + "-01", "ON_SITE", "COMPLETED");
        assertVisits(visits.getJsonObject(1), YEAR + "-02", "VIRTUAL", "CANCELLED");
        assertVisits(visits.getJsonObject(4), YEAR + "-05", "VIRTUAL", "CONFIRMED");
        assertEquals(0, visits.getJsonObject(2).getJsonObject("byStatus").getInt("CONFIRMED"));

        JsonArray sites = figures.getJsonArray("sitesByStatus");
        assertEquals(List.of(YEAR + "-Q1", YEAR + "-Q2"), sites.getValuesAs(JsonObject.class).stream()
                .map(quarter -> quarter.getString("quarter")).toList());
        JsonObject q1 = sites.getJsonObject(0).getJsonObject("byStatus");
        JsonObject q2 = sites.getJsonObject(1).getJsonObject("byStatus");
        assertEquals(2, q1.getInt("EXPLORING"), "the draft is not counted");
        assertEquals(0, q1.getInt("PLANNING"));
        assertEquals(0, q2.getInt("EXPLORING"), "one moved on to planning, the other was retired");
        assertEquals(2, q2.getInt("PLANNING"));
        JsonArray newSites = figures.getJsonArray("newSitesByQuarter");
        assertEquals(2, newSites.getJsonObject(0).getInt("count"));
        assertEquals(1, newSites.getJsonObject(1).getInt("count"));
        assertEquals(0, figures.getJsonArray("zeroResultSearches").size(), "no search rows that long ago");

        JsonObject searchDay = get("/api/staff/dashboard?from=" + SEARCH_DAY + "&to=" + SEARCH_DAY, StaffAccounts.staff(), 200);
        assertEquals(List.of("peer navigators " + RUN + "=4", "naloxone vending " + RUN + "=3"),
                searchDay.getJsonArray("zeroResultSearches").getValuesAs(JsonObject.class).stream()
                        .filter(term -> term.getString("term").endsWith(RUN))
                        .map(term -> term.getString("term") + "=" + term.getInt("count")).toList());
    }

    @Test
    void aTrainerSeesTheirOwnVisitsOnly() {
        JsonObject figures = get("/api/staff/dashboard?" + PERIOD, StaffAccounts.trainer(), 200);
        assertEquals(List.of("from", "to", "visitsByMonth", "zone"), figures.keySet().stream().sorted().toList(),
                "nothing but their visits");
        JsonArray visits = figures.getJsonArray("visitsByMonth");
        assertVisits(visits.getJsonObject(0), YEAR + "-01", "ON_SITE", "COMPLETED");
        assertVisits(visits.getJsonObject(1), YEAR + "-02", "VIRTUAL", "CANCELLED");
        assertEquals(0, visits.getJsonObject(4).getJsonObject("byFormat").getInt("VIRTUAL"), "another trainer's visit");
        assertEquals(404, call("/api/staff/dashboard/inquiries.csv?" + PERIOD, StaffAccounts.trainer()).statusCode());
    }

    @Test
    void eachTableDownloadsAsCsv() {
        HttpResponse<String> inquiries = call("/api/staff/dashboard/inquiries.csv?" + PERIOD, StaffAccounts.staff());
        assertEquals(200, inquiries.statusCode());
        assertTrue(inquiries.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(inquiries.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
        List<String> lines = inquiries.body().lines().toList();
        assertEquals("Month,Exploring,Planning,Launching,Operational,Improving,Total", lines.get(0));
        assertEquals(YEAR + "-02,1,1,0,0,0,2", lines.get(2));
        assertEquals(7, lines.size());

        String searches = call("/api/staff/dashboard/searches.csv?from=" + SEARCH_DAY + "&to=" + SEARCH_DAY,
                StaffAccounts.staff()).body();
        assertTrue(searches.startsWith("Term,Searches\r\n"), searches);
        assertTrue(searches.contains("peer navigators " + RUN + ",4\r\n"), searches);
        assertEquals(404, call("/api/staff/dashboard/nothing.csv", StaffAccounts.staff()).statusCode());
    }

    @Test
    void badPeriodsAreRefusedNamingTheField() {
        JsonObject malformed = get("/api/staff/dashboard?from=last-week", StaffAccounts.staff(), 400);
        assertEquals(List.of("from"), fields(malformed), malformed.toString());
        JsonObject backwards = get("/api/staff/dashboard?from=" + YEAR + "-02-01&to=" + YEAR + "-01-01", StaffAccounts.staff(), 400);
        assertEquals("to: The last day must not be before the first day.", errors(backwards));
        JsonObject tooLong = get("/api/staff/dashboard?from=" + YEAR + "-01-01&to=" + (YEAR + 6) + "-01-01", StaffAccounts.staff(), 400);
        assertEquals("to: A period can be at most 5 years long.", errors(tooLong));
        assertEquals(400, call("/api/staff/dashboard/visits.csv?to=yesterday", StaffAccounts.staff()).statusCode());
    }

    private static List<String> fields(JsonObject problem) {
        return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(error -> error.getString("field")).toList();
    }

    private static String errors(JsonObject problem) {
        return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("field") + ": " + error.getString("message"))
                .collect(java.util.stream.Collectors.joining("; "));
    }

    /** Searches whose words found nothing are counted by their normalised words; filtered and personal ones are not. */
    @Test
    void searchesThatFindNothingAreCountedWithoutPersonalData() throws SQLException {
        String word = "zqdash" + Long.toString(Math.abs(new Random().nextLong()), 36).replaceAll("[0-9]", "q");
        String other = "zqkit" + Long.toString(Math.abs(new Random().nextLong()), 36).replaceAll("[0-9]", "k");
        assertEquals(0, Http.json(Http.get("/api/search?q=" + word + "%20" + other)).getInt("total"));
        assertEquals(0, Http.json(Http.get("/api/search?q=%20" + word.toUpperCase() + "%20%20" + other)).getInt("total"));
        assertEquals(0, Http.json(Http.get("/api/search?q=" + word + "%20" + other + "&year=2001")).getInt("total"));
        String email = word + "@example.org";
        assertEquals(0, Http.json(Http.get("/api/search?q=" + URLEncoder.encode(email, StandardCharsets.UTF_8))).getInt("total"));
        assertEquals(List.of("2"), Database.strings("select searches from zero_result_search where term = ?",
                word + " " + other));
        assertEquals(0, Database.count("select count(*) from zero_result_search where term like ?", "%" + word + "@%"));

        // Kept two years: the retention job removes older days.
        Database.update("insert into zero_result_search (search_day, term, searches) values (?, ?, 1)",
                LocalDate.now(BUREAU).minusYears(2).minusDays(2), "expired " + RUN);
        HttpResponse<String> retention = StaffAccounts.admin("POST", "/api/staff/admin/retention", null);
        assertTrue(Http.json(retention).getInt("zeroResultSearches") >= 1, retention.body());
        assertEquals(0, Database.count("select count(*) from zero_result_search where term = ?", "expired " + RUN));
    }

    private static void assertMonth(JsonObject month, String name, int total, Object... stageCounts) {
        assertEquals(name, month.getString("month"));
        assertEquals(total, month.getInt("total"), name);
        for (int i = 0; i < stageCounts.length; i += 2) {
            assertEquals((int) stageCounts[i + 1], month.getJsonObject("byStage").getInt((String) stageCounts[i]), name);
        }
    }

    /** One visit in that month, of that format and status. */
    private static void assertVisits(JsonObject month, String name, String format, String status) {
        assertEquals(name, month.getString("month"));
        assertEquals(1, month.getJsonObject("byFormat").getInt(format), name);
        assertEquals(1, month.getJsonObject("byFormat").values().stream().mapToInt(count -> Integer.parseInt(count.toString())).sum(), name);
        assertEquals(1, month.getJsonObject("byStatus").getInt(status), name);
        assertEquals(1, month.getJsonObject("byStatus").values().stream().mapToInt(count -> Integer.parseInt(count.toString())).sum(), name);
    }

    private static JsonObject get(String path, Account account, int status) {
        HttpResponse<String> response = call(path, account);
        assertEquals(status, response.statusCode(), response.body());
        return Http.json(response);
    }

    private static HttpResponse<String> call(String path, Account account) {
        return Http.get(path, "Authorization", account.basic());
    }

    private static Instant at(int month, int day, int hour, int minute) {
        return ZonedDateTime.of(LocalDate.of(YEAR, month, day), LocalTime.of(hour, minute), BUREAU).toInstant();
    }

    /** Inquiries received at edges of months, some answered; spam and suspected ones are not counted. */
    private static void inquiries() throws SQLException {
        inquiry(1, "PLANNING", "NEW", at(1, 31, 23, 30), 2);
        inquiry(2, "PLANNING", "RESPONDED", at(2, 1, 0, 30), 5);
        inquiry(3, "EXPLORING", "CLOSED", at(2, 15, 12, 0), 30);
        inquiry(4, "EXPLORING", "SPAM", at(2, 10, 9, 0), 1);
        inquiry(5, "LAUNCHING", "SUSPECTED", at(3, 3, 9, 0), null);
        inquiry(6, "OPERATIONAL", "NEW", at(5, 20, 9, 0), null);
        inquiry(7, "IMPROVING", "RESPONDED", at(6, 30, 23, 59), 9);
        inquiry(8, "IMPROVING", "NEW", at(7, 1, 0, 0), 1);
    }

    private static void inquiry(int number, String stage, String status, Instant received, Integer answeredAfterHours)
            throws SQLException {
        Database.update("insert into inquiry (reference, reference_year, reference_number, name, email, organisation, role,"
                        + " jurisdiction, state, stage, message, consent, status, client_address, created_at,"
                        + " first_response_at, updated_at, version) values (?, ?, ?, 'Dana Dashboard', ?, 'Dashboard PD',"
                        + " 'Chief', 'Dashboard County', 'WA', ?, 'About LEAD.', true, ?, '127.0.0.1', ?, ?, ?, 0)",
                "LEAD-" + YEAR + "-" + String.format("%05d", number), YEAR, number, "dana-" + number + "@dashboard.example",
                stage, status, Database.utc(received),
                answeredAfterHours == null ? null : Database.utc(received.plus(Duration.ofHours(answeredAfterHours))),
                Database.utc(received));
    }

    /** Booked far ahead through the API (so the trainers are free), then moved into the period. */
    private static void visits() throws SQLException {
        otherTrainer = StaffAccounts.ensure(new Account("dashboard-trainer@leadbureau.test", "a dashboard trainer's password"),
                "Dale Dashboard", "TRAINER");
        LocalDate day = LocalDate.now().plusYears(6).plusDays(new Random().nextInt(300));
        long january = visit(StaffAccounts.trainer(), "ON_SITE", day);
        long february = visit(StaffAccounts.trainer(), "VIRTUAL", day.plusDays(5));
        long may = visit(otherTrainer, "VIRTUAL", day.plusDays(10));
        move(january, at(1, 31, 23, 30), "COMPLETED");
        move(february, at(2, 1, 0, 30), "CANCELLED");
        move(may, at(5, 15, 10, 0), "CONFIRMED");
    }

    private static long visit(Account trainer, String format, LocalDate day) {
        HttpResponse<String> created = Http.send(HttpRequest.newBuilder(Http.uri("/api/staff/visits"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", StaffAccounts.ADMIN.basic()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("site", "santa-fe-lead")
                        .add("purpose", "Dashboard " + RUN).add("topics", "Figures").add("format", format)
                        .add("start", day + "T09:00").add("end", day + "T10:00")
                        .add("trainers", Json.createArrayBuilder().add(trainer.email()))
                        .add("contactName", "Casey Contact").add("contactEmail", "casey@dashboard.example")
                        .build().toString())).build());
        assertEquals(201, created.statusCode(), created.body());
        return Http.json(created).getJsonNumber("id").longValue();
    }

    private static void move(long visit, Instant start, String status) throws SQLException {
        Database.update("update site_visit set starts_at = ?, ends_at = ?, status = ? where id = ?", Database.utc(start),
                Database.utc(start.plus(Duration.ofHours(1))), status, visit);
    }

    /**
     * Two trainings moved into March: one held, whose registrants end confirmed, attended twice and cancelled; one
     * cancelled, whose attended registration does not count.
     */
    private static void trainings() throws SQLException {
        String held = TestTrainings.training("Dashboard held").publish();
        String cancelled = TestTrainings.training("Dashboard cancelled").publish();
        register(held, "ATTENDED", "ATTENDED", "CONFIRMED", "CANCELLED");
        register(cancelled, "ATTENDED");
        Database.update("update training set status = 'CANCELLED' where slug = ?", cancelled);
        for (String slug : List.of(held, cancelled)) {
            Database.update("update training set starts_at = ?, ends_at = ? where slug = ?", Database.utc(at(3, 10, 9, 0)),
                    Database.utc(at(3, 10, 11, 0)), slug);
        }
    }

    private static void register(String slug, String... statuses) throws SQLException {
        for (int i = 0; i < statuses.length; i++) {
            String email = "registrant-" + i + "-" + RUN + "@dashboard.example";
            HttpResponse<String> registered = Http.post("/api/trainings/" + slug + "/registrations", Json.createObjectBuilder()
                    .add("name", "Registrant " + i).add("email", email).add("organisation", "Dashboard PD")
                    .add("role", "Officer").add("jurisdiction", "Dashboard County").add("answers", "None").build().toString());
            assertEquals(201, registered.statusCode(), registered.body());
            Database.update("update training_registration set status = ? where email = ? and training_id ="
                    + " (select id from training where slug = ?)", statuses[i], email, slug);
        }
    }

    /**
     * Four sites imported, their histories moved into the period: one exploring from February and planning from
     * April, one planning from May, one exploring from January and retired in May, and a draft.
     */
    private static void sites() throws SQLException {
        String csv = "name,jurisdiction,state,status,launched,source_url,notes\r\n"
                + "Moving " + RUN + ",Moving County,NM,EXPLORING,,https://example.org/dashboard,\r\n"
                + "Planning " + RUN + ",Planning County,NM,PLANNING,,https://example.org/dashboard,\r\n"
                + "Retired " + RUN + ",Retired County,NM,EXPLORING,,https://example.org/dashboard,\r\n"
                + "Draft " + RUN + ",Draft County,NM,EXPLORING,,https://example.org/dashboard,\r\n";
        HttpResponse<String> imported = Http.send(HttpRequest.newBuilder(Http.uri("/api/staff/sites/import"))
                .header("Content-Type", "text/csv").header("Authorization", StaffAccounts.staff().basic())
                .POST(HttpRequest.BodyPublishers.ofString(csv)).build());
        assertEquals(200, imported.statusCode(), imported.body());
        assertEquals(4, Http.json(imported).getInt("created"), imported.body());
        firstStatusOn("Moving " + RUN, LocalDate.of(YEAR, 2, 10));
        firstStatusOn("Planning " + RUN, LocalDate.of(YEAR, 5, 1));
        firstStatusOn("Retired " + RUN, LocalDate.of(YEAR, 1, 5));
        firstStatusOn("Draft " + RUN, LocalDate.of(YEAR, 2, 1));
        Database.update("insert into site_status_change (site_id, status, effective_on, effective_precision, recorded_at,"
                        + " recorded_by) select id, 'PLANNING', ?, 'DAY', ?, 'dashboard' from site where name = ?",
                LocalDate.of(YEAR, 4, 5), Database.utc(Instant.now()), "Moving " + RUN);
        Database.update("update site set retired_at = ? where name = ?", Database.utc(at(5, 10, 12, 0)), "Retired " + RUN);
        Database.update("update site set published = false where name = ?", "Draft " + RUN);
        assertFalse(Database.strings("select id from site where name = ?", "Draft " + RUN).isEmpty());
    }

    private static void firstStatusOn(String site, LocalDate day) throws SQLException {
        assertEquals(1, Database.update("update site_status_change set effective_on = ? where site_id ="
                + " (select id from site where name = ?)", day, site));
    }
}

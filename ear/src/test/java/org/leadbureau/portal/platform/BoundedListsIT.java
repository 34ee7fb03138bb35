package org.leadbureau.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Database;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.SharedPortal;
import org.leadbureau.portal.it.StaffAccounts;
import org.leadbureau.portal.it.StaffSession;
import org.leadbureau.portal.it.Statements;

/**
 * Every list answers in pages of at most 100 ({@code {total, page, size, items}}), sorted by the database, and
 * costs the same number of SQL statements whether the database holds 10 rows or 200.
 */
@SharedPortal
class BoundedListsIT {

    /** The public and staff lists and what a request for a full page of each looks like. */
    private static final Map<String, String> LISTS = new LinkedHashMap<>();

    static {
        LISTS.put("resources", "/api/resources?size=100");
        LISTS.put("staff resources", "/api/staff/resources?size=100&sort=title");
        LISTS.put("sites page", "/api/sites?page=1&size=100&sort=-launched");
        LISTS.put("sites export", "/api/sites");
        LISTS.put("sites CSV", "/api/sites?format=csv");
        LISTS.put("sites GeoJSON", "/api/sites?format=geojson");
        LISTS.put("trainings", "/api/trainings");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LISTS.put("visits", "/api/staff/visits?from=" + today + "&to=" + today.plusMonths(13));
        LISTS.put("staff accounts", "/api/staff/admin/users?size=100");
        // The waitlist, as on the roster page: its people's places in line take a statement at any size.
        LISTS.put("roster", "/api/staff/trainings/" + BulkRows.PREFIX + "training-1/registrations?size=100&status=WAITLISTED");
        LISTS.put("roster CSV", "/api/staff/trainings/" + BulkRows.PREFIX + "training-1/registrations?format=csv");
    }

    /**
     * The staff tables, which show a page of their rows. The roster shows its waitlist, so that its page holds
     * waitlisted people (whose places take a statement) at 10 rows and at 200 alike.
     */
    private static final List<String> PAGES = List.of("/staff/library", "/staff/admin/outbox", "/staff/admin/audit",
            "/staff/inquiries", "/staff/trainings/" + BulkRows.PREFIX + "training-1?status=WAITLISTED",
            "/staff/trainings", "/staff/sites", "/staff/admin/users");

    /** The staff account, made sure of once: ensuring it calls the admin API, which the counts must not see. */
    @BeforeAll
    static void staffAccount() {
        StaffAccounts.staff();
    }

    @AfterEach
    void removeBulkRows() throws Exception {
        BulkRows.remove();
    }

    private static HttpResponse<String> get(String path) {
        var request = HttpRequest.newBuilder(Http.uri(path)).timeout(Duration.ofSeconds(60)).GET();
        if (path.startsWith("/api/staff/")) {
            request.header("Authorization", (path.startsWith("/api/staff/admin/") ? StaffAccounts.ADMIN
                    : StaffAccounts.STAFF).basic());
        }
        return Http.send(request.build());
    }

    private static void addRows(int count) throws Exception {
        BulkRows.remove();
        BulkRows.resources(count);
        BulkRows.sites(count);
        BulkRows.trainings(count);
        BulkRows.visits(count, StaffAccounts.trainer().email());
        BulkRows.staffRows(count);
        BulkRows.registrations(count);
        BulkRows.accounts(count);
    }

    private static Map<String, Long> statementsPerList() {
        Map<String, Long> statements = new LinkedHashMap<>();
        LISTS.forEach((name, path) -> statements.put(name, Statements.during(() -> {
            HttpResponse<String> response = get(path);
            assertEquals(200, response.statusCode(), path + ": " + response.body());
        })));
        return statements;
    }

    private static Map<String, Long> statementsPerPage(StaffSession session) {
        Map<String, Long> statements = new LinkedHashMap<>();
        PAGES.forEach(path -> statements.put(path, Statements.during(() -> {
            HttpResponse<String> response = session.get(path);
            assertEquals(200, response.statusCode(), path);
        })));
        return statements;
    }

    @Test
    void everyListRunsAsManyStatementsForTwoHundredRowsAsForTen() throws Exception {
        get(LISTS.get("staff resources")); // the first request of an account pays for its sign-in once
        get(LISTS.get("staff accounts"));
        StaffSession admin = StaffSession.signedIn(StaffAccounts.ADMIN);
        PAGES.forEach(admin::get); // the first view of each page pays for what is loaded once
        addRows(10);
        Map<String, Long> atTen = statementsPerList();
        Map<String, Long> atTenPages = statementsPerPage(admin);
        addRows(200);
        Map<String, Long> atTwoHundred = statementsPerList();
        Map<String, Long> atTwoHundredPages = statementsPerPage(admin);

        assertEquals(atTen, atTwoHundred);
        assertEquals(atTenPages, atTwoHundredPages);
        assertTrue(atTen.values().stream().allMatch(count -> count <= 15), atTen.toString());
        assertEquals(Database.count("select count(*) from library_resource where status = 'PUBLISHED'"),
                Http.json(get("/api/resources?size=1")).getInt("total"));
    }

    @Test
    void visitsAreListedForAWindowOfAtMostThirteenMonths() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (String bad : List.of("", "?from=" + today, "?to=" + today, "?from=" + today + "&to=" + today.plusMonths(14),
                "?from=" + today + "&to=" + today.minusDays(1))) {
            HttpResponse<String> refused = get("/api/staff/visits" + bad);
            assertEquals(400, refused.statusCode(), bad);
            assertTrue(Http.json(refused).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                    .anyMatch(error -> List.of("from", "to").contains(error.getString("field"))), bad);
        }
    }

    @Test
    void aPageHoldsAtMostOneHundredAndSaysWhereItIs() throws Exception {
        addRows(200);
        for (String path : List.of("/api/resources", "/api/staff/resources", "/api/sites", "/api/staff/admin/users",
                "/api/staff/trainings/" + BulkRows.PREFIX + "training-1/registrations")) {
            JsonObject page = Http.json(get(path + "?page=2&size=100"));
            assertEquals(2, page.getInt("page"), path);
            assertEquals(100, page.getInt("size"), path);
            assertEquals(100, page.getJsonArray("items").size(), path);
            assertTrue(page.getInt("total") >= 200, path);
            JsonObject defaults = Http.json(get(path + "?page=1"));
            assertEquals(20, defaults.getJsonArray("items").size(), path);

            for (String bad : List.of("size=101", "page=0", "size=abc")) {
                HttpResponse<String> refused = get(path + "?" + bad);
                assertEquals(400, refused.statusCode(), path + "?" + bad);
                assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse(""));
                String field = bad.substring(0, bad.indexOf('='));
                assertTrue(Http.json(refused).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                        .anyMatch(error -> error.getString("field").equals(field)), path + "?" + bad);
            }
        }
    }

    @Test
    void theDatabaseSortsResourcesByDateOrTitleEitherWayAndItemsCarryNoText() throws Exception {
        addRows(30);
        List<JsonObject> newest = bulk(Http.json(get("/api/resources?size=100")));
        assertEquals("Bulk resource 001", newest.get(0).getString("title"), "newest first by default");
        List<String> byTitle = bulk(Http.json(get("/api/resources?size=100&sort=title"))).stream()
                .map(item -> item.getString("title")).toList();
        assertEquals(byTitle.stream().sorted().toList(), byTitle);
        List<String> byTitleReversed = bulk(Http.json(get("/api/resources?size=100&sort=-title"))).stream()
                .map(item -> item.getString("title")).toList();
        assertEquals(byTitle.stream().sorted(Comparator.reverseOrder()).toList(), byTitleReversed);
        List<String> oldest = bulk(Http.json(get("/api/resources?size=100&sort=-date"))).stream()
                .map(item -> item.getString("published")).toList();
        assertEquals(oldest.stream().sorted().toList(), oldest);
        newest.forEach(item -> assertFalse(item.containsKey("extractedText") || item.containsKey("text")));
        assertEquals(400, get("/api/resources?sort=colour").statusCode());
    }

    private static List<JsonObject> bulk(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(item -> item.getString("slug").startsWith(BulkRows.PREFIX)).toList();
    }
}

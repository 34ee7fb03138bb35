package org.leadbureau.portal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Database;
import org.leadbureau.portal.it.Dates;
import org.leadbureau.portal.it.FormCounts;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.SharedPortal;
import org.leadbureau.portal.it.StaffAccounts;
import org.leadbureau.portal.it.StaffAccounts.Account;
import org.leadbureau.portal.it.StaffSession;
import org.leadbureau.portal.it.TestTrainings;

/**
 * Every staff page and every /api/staff endpoint, against every kind of caller: anonymous callers are sent to
 * sign in (pages) or get 401 (API), wrong roles get 403 (API calls by HTTP Basic), right roles get through (API
 * calls in their signed-in session). A staff view or resource
 * that is missing from the matrix, or a method of a staff resource that no entry calls, fails
 * {@link #theMatrixCoversEveryStaffViewAndResource()}. Detail routes ({@code {visit}}, …) use things made beforehand.
 */
@SharedPortal
class AccessControlIT {

    enum Caller { ADMIN, STAFF, TRAINER }

    private static final Set<Caller> ANY_ROLE = Set.of(Caller.ADMIN, Caller.STAFF, Caller.TRAINER);
    private static final Set<Caller> ADMIN_ONLY = Set.of(Caller.ADMIN);
    private static final Set<Caller> STAFF_OR_ADMIN = Set.of(Caller.ADMIN, Caller.STAFF);

    /**
     * What a caller sends: a page or API call; {@code body} (a fresh one each time) is sent as
     * {@code contentType}; {@code okStatus} is what a caller with the role gets.
     */
    record Entry(String method, String path, Set<Caller> allowed, java.util.function.Supplier<String> body,
            String contentType, int okStatus) {
        boolean api() {
            return path.startsWith("/api/");
        }
    }

    /** A draft training next year, as the training API takes it. */
    private static final String MATRIX_TRAINING = "{\"title\":\"Access control matrix\",\"description\":\"A draft.\","
            + "\"format\":\"VIRTUAL\",\"start\":\"" + Dates.nextYear() + "-01-10T10:00\",\"end\":\"" + Dates.nextYear()
            + "-01-10T11:00\",\"zone\":\"UTC\",\"capacity\":5}";

    private static final String MULTIPART = "multipart/form-data; boundary=matrix-boundary";
    private static final String MULTIPART_TITLE_ONLY = "--matrix-boundary\r\nContent-Disposition: form-data; name=\"title\""
            + "\r\n\r\nMatrix\r\n--matrix-boundary--\r\n";
    private static final String MULTIPART_FILE = "--matrix-boundary\r\nContent-Disposition: form-data; name=\"file\";"
            + " filename=\"matrix.txt\"\r\nContent-Type: text/plain\r\n\r\nMatrix\r\n--matrix-boundary--\r\n";

    static final List<Entry> MATRIX = List.of(
            page("/staff", ANY_ROLE),
            page("/staff/account", ANY_ROLE),
            page("/staff/admin", ADMIN_ONLY),
            page("/staff/admin/users", ADMIN_ONLY),
            page("/staff/admin/audit", ADMIN_ONLY),
            page("/staff/sites", STAFF_OR_ADMIN),
            page("/staff/sites/new", STAFF_OR_ADMIN),
            page("/staff/sites/santa-fe-lead", STAFF_OR_ADMIN),
            page("/staff/library", STAFF_OR_ADMIN),
            page("/staff/admin/outbox", ADMIN_ONLY),
            page("/staff/trainings", STAFF_OR_ADMIN),
            page("/staff/trainings/new", STAFF_OR_ADMIN),
            page("/staff/trainings/{training}", STAFF_OR_ADMIN),
            page("/staff/trainings/{training}/edit", STAFF_OR_ADMIN),
            page("/staff/inquiries", ANY_ROLE),
            // Assigned to the trainer, who sees only the inquiries assigned to them.
            page("/staff/inquiries/{inquiry}", ANY_ROLE),
            page("/staff/visits", ANY_ROLE),
            page("/staff/visits/{visit}", ANY_ROLE),
            page("/staff/dashboard", ANY_ROLE),
            api("GET", "/api/staff/me", ANY_ROLE, null, null, 200),
            api("GET", "/api/staff/dashboard", ANY_ROLE, null, null, 200),
            api("GET", "/api/staff/dashboard/visits.csv", ANY_ROLE, null, null, 200),
            api("GET", "/api/staff/admin/users", ADMIN_ONLY, null, null, 200),
            api("POST", "/api/staff/admin/users", ADMIN_ONLY, () -> "{\"email\":\"matrix-" + UUID.randomUUID()
                    + "@leadbureau.test\",\"name\":\"Matrix\",\"roles\":[\"STAFF\"],\"password\":\"a matrix test password\"}",
                    "application/json", 201),
            api("POST", "/api/staff/admin/users/0/password-reset", ADMIN_ONLY, null, null, 404),
            api("PUT", "/api/staff/admin/users/0/roles", ADMIN_ONLY, () -> "{\"roles\":[\"STAFF\"]}", "application/json", 400),
            api("POST", "/api/staff/admin/users/0/activate", ADMIN_ONLY, null, null, 400),
            api("POST", "/api/staff/admin/users/0/unlock", ADMIN_ONLY, null, null, 404),
            api("POST", "/api/staff/admin/users/0/second-factor/reset", ADMIN_ONLY, null, null, 404),
            api("POST", "/api/staff/admin/retention", ADMIN_ONLY, null, null, 200),
            api("GET", "/api/staff/resources", STAFF_OR_ADMIN, null, null, 200),
            api("POST", "/api/staff/resources", STAFF_OR_ADMIN, () -> MULTIPART_TITLE_ONLY, MULTIPART, 400),
            api("POST", "/api/staff/resources/import", STAFF_OR_ADMIN, () -> "not a ZIP", "application/zip", 400),
            api("PUT", "/api/staff/resources/no-such-resource", STAFF_OR_ADMIN, () -> "{\"title\":\"Matrix\"}",
                    "application/json", 404),
            api("PUT", "/api/staff/resources/no-such-resource", STAFF_OR_ADMIN, () -> MULTIPART_FILE, MULTIPART, 404),
            api("DELETE", "/api/staff/resources/no-such-resource", STAFF_OR_ADMIN, null, null, 404),
            api("GET", "/api/staff/trainings/{training}/registrations", STAFF_OR_ADMIN, null, null, 200),
            api("POST", "/api/staff/trainings", STAFF_OR_ADMIN, () -> MATRIX_TRAINING, "application/json", 201),
            api("PUT", "/api/staff/trainings/no-such-training", STAFF_OR_ADMIN, () -> MATRIX_TRAINING, "application/json", 404),
            api("POST", "/api/staff/trainings/reminders", ADMIN_ONLY, null, null, 200),
            api("GET", "/api/staff/visits?from=" + Dates.nextYear() + "-01-01&to=" + Dates.nextYear() + "-12-31", ANY_ROLE, null, null, 200),
            api("GET", "/api/staff/visits/{visit}", ANY_ROLE, null, null, 200),
            api("POST", "/api/staff/visits", ANY_ROLE, () -> "{}", "application/json", 400),
            api("PUT", "/api/staff/visits/999999999", ANY_ROLE, () -> "{}", "application/json", 400),
            api("POST", "/api/staff/visits/999999999/status", ANY_ROLE, () -> "{\"status\":\"PROPOSED\"}",
                    "application/json", 404),
            api("POST", "/api/staff/visits/feed", ANY_ROLE, null, null, 200),
            api("DELETE", "/api/staff/visits/feed", ANY_ROLE, null, null, 204),
            api("GET", "/api/staff/trainers/availability?trainers=" + StaffAccounts.TRAINER.email()
                    + "&days=2&from=" + Dates.nextYear() + "-01-01&to=" + Dates.nextYear() + "-01-31", ANY_ROLE, null, null, 200),
            api("POST", "/api/staff/trainers/unavailability", ANY_ROLE, () -> "{}", "application/json", 400),
            api("DELETE", "/api/staff/trainers/unavailability/999999999", ANY_ROLE, null, null, 404),
            api("POST", "/api/staff/sites/import", STAFF_OR_ADMIN, () -> "name,jurisdiction,state,status,launched,source_url,notes\n",
                    "text/csv", 200),
            api("POST", "/api/staff/sites/no-such-site/publish", STAFF_OR_ADMIN, null, null, 404),
            api("GET", "/api/staff/sites/santa-fe-lead/timeline", STAFF_OR_ADMIN, null, null, 200),
            api("GET", "/api/staff/evaluations?training={training}", STAFF_OR_ADMIN, null, null, 200),
            api("GET", "/api/staff/evaluations?visit={visit}", ANY_ROLE, null, null, 200),
            api("POST", "/api/staff/evaluations/questions?training=no-such-training", STAFF_OR_ADMIN,
                    () -> "{\"kind\":\"TEXT\",\"label\":\"Matrix\"}", "application/json", 404),
            api("POST", "/api/staff/evaluations/participants?visit=999999999", ANY_ROLE,
                    () -> "{\"name\":\"Matrix\",\"email\":\"matrix@leadbureau.test\"}", "application/json", 404),
            api("POST", "/api/staff/evaluations/mail", ADMIN_ONLY, null, null, 200));

    private static final Map<Caller, Account> ACCOUNTS = new EnumMap<>(Caller.class);
    private static final Map<Caller, StaffSession> SESSIONS = new EnumMap<>(Caller.class);
    /** What the matrix's {placeholders} stand for: things created before the tests, e.g. {visit} → a visit's id. */
    private static final Map<String, String> FIXTURES = new java.util.HashMap<>();

    @BeforeAll
    static void signInEveryRole() {
        ACCOUNTS.put(Caller.ADMIN, StaffAccounts.ADMIN);
        ACCOUNTS.put(Caller.STAFF, StaffAccounts.staff());
        ACCOUNTS.put(Caller.TRAINER, StaffAccounts.trainer());
        ACCOUNTS.forEach((caller, account) -> SESSIONS.put(caller, StaffSession.signedIn(account)));
    }

    @BeforeAll
    static void createTheThingsDetailRoutesShow() throws SQLException {
        LocalDate day = LocalDate.now().plusYears(4).plusDays(50);
        HttpResponse<String> visit = Http.send(HttpRequest.newBuilder(Http.uri("/api/staff/visits"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", StaffAccounts.ADMIN.basic()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("site", "santa-fe-lead")
                        .add("purpose", "Access control matrix").add("topics", "Roles").add("format", "VIRTUAL")
                        .add("start", day + "T09:00").add("end", day + "T10:00")
                        .add("trainers", Json.createArrayBuilder().add(StaffAccounts.trainer().email()))
                        .add("contactName", "Casey Contact").add("contactEmail", "casey@matrix.example")
                        .build().toString())).build());
        assertEquals(201, visit.statusCode(), visit.body());
        FIXTURES.put("visit", String.valueOf(Http.json(visit).getJsonNumber("id").longValue()));
        FIXTURES.put("training", TestTrainings.training("Access control matrix").publish());

        FormCounts.clear("inquiry-intake");
        HttpResponse<String> inquiry = Http.post("/api/inquiries", Json.createObjectBuilder()
                .add("name", "Matrix Inquirer").add("email", "matrix@inquiry.example").add("organisation", "Matrix PD")
                .add("role", "Captain").add("jurisdiction", "Matrix").add("state", "ME").add("stage", "PLANNING")
                .add("interests", Json.createArrayBuilder().add("SITE_VISIT"))
                .add("message", "Who may read this inquiry?").add("consent", true).build().toString());
        FormCounts.clear("inquiry-intake");
        assertEquals(201, inquiry.statusCode(), inquiry.body());
        String reference = Http.json(inquiry).getString("reference");
        Database.update("update inquiry set assignee = ? where reference = ?", StaffAccounts.TRAINER.email(), reference);
        FIXTURES.put("inquiry", reference);
    }

    @Test
    void anonymousCallersAreSentToSignInOrRefusedWith401() {
        for (Entry entry : MATRIX) {
            HttpResponse<String> response = Http.send(request(entry, null).build());
            if (entry.api()) {
                assertEquals(401, response.statusCode(), entry.toString());
                assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), entry.toString());
                assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"), entry.toString());
            } else {
                assertEquals(302, response.statusCode(), entry.toString());
                assertTrue(response.headers().firstValue("Location").orElse("").contains("/login?next="), entry.toString());
            }
        }
    }

    @Test
    void callersWithoutTheRoleGet403() {
        for (Entry entry : MATRIX) {
            for (Caller caller : Caller.values()) {
                if (!entry.allowed().contains(caller)) {
                    HttpResponse<String> response = call(entry, caller, false);
                    assertEquals(403, response.statusCode(), caller + " " + entry);
                    if (entry.api()) {
                        assertEquals(403, Http.json(response).getInt("status"), caller + " " + entry);
                    }
                }
            }
        }
    }

    @Test
    void callersWithTheRoleGetThrough() {
        for (Entry entry : MATRIX) {
            for (Caller caller : entry.allowed()) {
                int status = call(entry, caller, true).statusCode();
                assertEquals(entry.okStatus(), status, caller + " " + entry);
            }
        }
    }

    @Test
    void theMatrixCoversEveryStaffViewAndResource() throws IOException {
        StaffEndpoints declared = StaffEndpoints.in(Path.of(System.getProperty("portal.sources.dir")));
        Set<String> listed = MATRIX.stream().map(Entry::path).collect(Collectors.toCollection(TreeSet::new));
        for (String view : declared.views()) {
            assertTrue(listed.contains(view), "staff view " + view + " is missing from the access-control matrix");
        }
        for (StaffEndpoints.Method method : declared.methods()) {
            assertTrue(MATRIX.stream().anyMatch(entry -> entry.method().equals(method.verb())
                            && method.matches(resolve(entry.path()))
                            && (method.consumes().isEmpty() || (entry.contentType() != null
                                    && method.consumes().stream().anyMatch(entry.contentType()::startsWith)))),
                    method + " is missing from the access-control matrix");
        }
        assertTrue(declared.methods().size() > 20, "the staff resources' methods were found (" + declared.methods().size() + ")");
    }

    /** The path with its {placeholders} replaced by the fixtures (before they exist, by a plausible stand-in). */
    private static String resolve(String path) {
        Matcher placeholder = Pattern.compile("\\{(\\w+)}").matcher(path);
        return placeholder.replaceAll(found -> Matcher.quoteReplacement(FIXTURES.getOrDefault(found.group(1), "0")));
    }

    /**
     * A page in the caller's signed-in session; an API call in it too (as the staff pages' scripts call, naming the
     * portal as origin), or by HTTP Basic (as scripts call, each call paying the full password check).
     */
    private static HttpResponse<String> call(Entry entry, Caller caller, boolean inSession) {
        if (!entry.api()) {
            return SESSIONS.get(caller).get(resolve(entry.path()));
        }
        if (inSession) {
            return SESSIONS.get(caller).send(request(entry, null).header("Origin", Http.baseUrl()).build());
        }
        return Http.send(request(entry, ACCOUNTS.get(caller).basic()).build());
    }

    private static HttpRequest.Builder request(Entry entry, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(Http.uri(resolve(entry.path()))).timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (entry.body() == null) {
            return request.method(entry.method(), HttpRequest.BodyPublishers.noBody());
        }
        return request.header("Content-Type", entry.contentType())
                .method(entry.method(), HttpRequest.BodyPublishers.ofString(entry.body().get()));
    }

    private static Entry page(String path, Set<Caller> allowed) {
        return new Entry("GET", path, allowed, null, null, 200);
    }

    private static Entry api(String method, String path, Set<Caller> allowed, java.util.function.Supplier<String> body,
            String contentType, int okStatus) {
        return new Entry(method, path, allowed, body, contentType, okStatus);
    }
}

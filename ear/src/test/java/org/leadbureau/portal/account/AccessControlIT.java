package org.leadbureau.portal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.PortalDeployment;
import org.leadbureau.portal.it.StaffAccounts;
import org.leadbureau.portal.it.StaffAccounts.Account;
import org.leadbureau.portal.it.StaffSession;

/**
 * Every staff page and every /api/staff endpoint, against every kind of caller: anonymous callers are sent to
 * sign in (pages) or get 401 (API), wrong roles get 403, right roles get through. A staff view or resource
 * that is missing from the matrix fails {@link #theMatrixCoversEveryStaffViewAndResource()}.
 */
@ExtendWith(ArquillianExtension.class)
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

    /** A draft training, as the training API takes it. */
    private static final String MATRIX_TRAINING = "{\"title\":\"Access control matrix\",\"description\":\"A draft.\","
            + "\"format\":\"VIRTUAL\",\"start\":\"2031-01-10T10:00\",\"end\":\"2031-01-10T11:00\",\"zone\":\"UTC\",\"capacity\":5}";

    static final List<Entry> MATRIX = List.of(
            page("/staff", ANY_ROLE),
            page("/staff/account", ANY_ROLE),
            page("/staff/admin", ADMIN_ONLY),
            page("/staff/admin/users", ADMIN_ONLY),
            page("/staff/admin/audit", ADMIN_ONLY),
            page("/staff/sites", STAFF_OR_ADMIN),
            page("/staff/sites/new", STAFF_OR_ADMIN),
            page("/staff/library", STAFF_OR_ADMIN),
            page("/staff/admin/outbox", ADMIN_ONLY),
            page("/staff/trainings", STAFF_OR_ADMIN),
            page("/staff/trainings/new", STAFF_OR_ADMIN),
            page("/staff/trainings/law-enforcement-partners-workshop", STAFF_OR_ADMIN),
            page("/staff/trainings/law-enforcement-partners-workshop/edit", STAFF_OR_ADMIN),
            page("/staff/inquiries", ANY_ROLE),
            page("/staff/visits", ANY_ROLE),
            api("GET", "/api/staff/me", ANY_ROLE, null, null, 200),
            api("GET", "/api/staff/admin/users", ADMIN_ONLY, null, null, 200),
            api("POST", "/api/staff/admin/users", ADMIN_ONLY, () -> "{\"email\":\"matrix-" + UUID.randomUUID()
                    + "@leadbureau.test\",\"name\":\"Matrix\",\"roles\":[\"STAFF\"],\"password\":\"a matrix test password\"}",
                    "application/json", 201),
            api("POST", "/api/staff/admin/users/0/password-reset", ADMIN_ONLY, null, null, 404),
            api("POST", "/api/staff/admin/users/0/unlock", ADMIN_ONLY, null, null, 404),
            api("GET", "/api/staff/resources", STAFF_OR_ADMIN, null, null, 200),
            api("DELETE", "/api/staff/resources/no-such-resource", STAFF_OR_ADMIN, null, null, 404),
            api("GET", "/api/staff/trainings/law-enforcement-partners-workshop/registrations", STAFF_OR_ADMIN, null, null, 200),
            api("POST", "/api/staff/trainings", STAFF_OR_ADMIN, () -> MATRIX_TRAINING, "application/json", 201),
            api("PUT", "/api/staff/trainings/no-such-training", STAFF_OR_ADMIN, () -> MATRIX_TRAINING, "application/json", 404),
            api("GET", "/api/staff/visits", ANY_ROLE, null, null, 200),
            api("POST", "/api/staff/visits", ANY_ROLE, () -> "{}", "application/json", 400),
            api("PUT", "/api/staff/visits/999999999", ANY_ROLE, () -> "{}", "application/json", 400),
            api("POST", "/api/staff/visits/999999999/status", ANY_ROLE, () -> "{\"status\":\"PROPOSED\"}",
                    "application/json", 404),
            api("POST", "/api/staff/visits/feed", ANY_ROLE, null, null, 200),
            api("GET", "/api/staff/trainers/availability?trainers=" + StaffAccounts.TRAINER.email()
                    + "&days=2&from=2031-01-01&to=2031-01-31", ANY_ROLE, null, null, 200),
            api("POST", "/api/staff/trainers/unavailability", ANY_ROLE, () -> "{}", "application/json", 400),
            api("DELETE", "/api/staff/trainers/unavailability/999999999", ANY_ROLE, null, null, 404),
            api("POST", "/api/staff/sites/import", STAFF_OR_ADMIN, () -> "name,jurisdiction,state,status,launched,source_url,notes\n",
                    "text/csv", 200));

    private static final Map<Caller, Account> ACCOUNTS = new EnumMap<>(Caller.class);
    private static final Map<Caller, StaffSession> SESSIONS = new EnumMap<>(Caller.class);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PortalDeployment.ear();
    }

    @BeforeAll
    static void signInEveryRole() {
        ACCOUNTS.put(Caller.ADMIN, StaffAccounts.ADMIN);
        ACCOUNTS.put(Caller.STAFF, StaffAccounts.staff());
        ACCOUNTS.put(Caller.TRAINER, StaffAccounts.trainer());
        ACCOUNTS.forEach((caller, account) -> SESSIONS.put(caller, StaffSession.signedIn(account)));
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
                    HttpResponse<String> response = call(entry, caller);
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
                int status = call(entry, caller).statusCode();
                assertEquals(entry.okStatus(), status, caller + " " + entry);
            }
        }
    }

    @Test
    void theMatrixCoversEveryStaffViewAndResource() throws IOException {
        Path sources = Path.of(System.getProperty("portal.sources.dir"));
        Set<String> listed = MATRIX.stream().map(Entry::path).collect(Collectors.toCollection(TreeSet::new));

        Path webapp = sources.resolve("web/src/main/webapp");
        List<String> views = new ArrayList<>();
        try (Stream<Path> files = Files.walk(webapp.resolve("staff"))) {
            files.filter(file -> file.toString().endsWith(".xhtml"))
                    .map(file -> "/" + webapp.relativize(file).toString().replace('\\', '/').replace(".xhtml", ""))
                    .forEach(views::add);
        }
        views.add("/staff");
        for (String view : views) {
            assertTrue(listed.contains(view), "staff view " + view + " is missing from the access-control matrix");
        }

        Pattern classPath = Pattern.compile("@Path\\(\"(staff[^\"]*)\"\\)\\s*(?:@[^\\n]*\\s*)*public class");
        try (Stream<Path> files = Files.walk(sources.resolve("web/src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = classPath.matcher(Files.readString(file));
                while (matcher.find()) {
                    String prefix = "/api/" + matcher.group(1);
                    assertTrue(listed.stream().anyMatch(path -> path.startsWith(prefix)),
                            file.getFileName() + " (" + prefix + ") is missing from the access-control matrix");
                }
            }
        }
    }

    private static HttpResponse<String> call(Entry entry, Caller caller) {
        if (entry.api()) {
            return Http.send(request(entry, ACCOUNTS.get(caller).basic()).build());
        }
        return SESSIONS.get(caller).get(entry.path());
    }

    private static HttpRequest.Builder request(Entry entry, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(Http.uri(entry.path())).timeout(Duration.ofSeconds(30));
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

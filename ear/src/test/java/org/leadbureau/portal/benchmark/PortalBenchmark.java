package org.leadbureau.portal.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.leadbureau.portal.it.Database;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.SharedPortal;
import org.leadbureau.portal.it.StaffAccounts;
import org.leadbureau.portal.it.StaffSession;

/**
 * Response times measured over HTTP from the same machine: {@code mvn verify -Pbenchmark}. Not part of the test
 * suite (numbers describe, they do not pass or fail). First the busiest requests on the seeded content, then the
 * same portal loaded with a real-size corpus ({@link EuroparlCorpus}) and compared with its limits: plain Lucene on
 * the portal's own index and a static stylesheet. The tables go to the console and to {@code ear/target/}; the
 * README keeps the latest figures.
 */
@SharedPortal
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalBenchmark {

    private static final int CLIENTS = 8;
    private static final String[] SEEDED_QUERIES = {"case management", "harm reduction", "referral pathways", "MOUD",
        "\"operational workgroup\"", "evaluation data", "prosecutor diversion", "social contact referral",
        "funding sustainability", "policing -prosecution", "glossary", "community engagement"};
    // Everyday subjects of the Parliament's proceedings: common and rare words, phrases, a negation.
    private static final String[] CORPUS_QUERIES = {"human rights", "fisheries", "common agricultural policy",
        "tobacco advertising", "enlargement", "Kosovo", "environmental protection", "road safety", "asylum",
        "unemployment", "budget discharge", "nuclear safety", "climate change", "public health", "equal opportunities",
        "drug trafficking", "police cooperation", "\"European Central Bank\"", "Turkey -membership", "transport"};
    private static final Pattern STYLESHEET = Pattern.compile("href=\"([^\"]*portal\\.css[^\"]*)\"");

    @Test
    @Order(1)
    void seededContent() throws Exception {
        Timings timings = new Timings(30, 300);
        timings.sequential("Full-text search, API (`/api/search?q=…`, 12 queries in turn)",
                i -> get("/api/search?q=" + encode(SEEDED_QUERIES[i % SEEDED_QUERIES.length])));
        timings.sequential("Search results page (`/search?q=…`)",
                i -> get("/search?q=" + encode(SEEDED_QUERIES[i % SEEDED_QUERIES.length])));
        timings.sequential("Library browse page (`/library`)", i -> get("/library"));
        timings.sequential("Directory of sites, JSON (`/api/sites`)", i -> get("/api/sites"));
        timings.sequential("Directory page (`/sites`)", i -> get("/sites"));
        timings.sequential("Upcoming trainings, JSON (`/api/trainings`)", i -> get("/api/trainings"));
        timings.concurrent("Full-text search, API, " + CLIENTS + " clients at once", CLIENTS,
                i -> get("/api/search?q=" + encode(SEEDED_QUERIES[i % SEEDED_QUERIES.length])));
        String run = UUID.randomUUID().toString().substring(0, 8);
        // One client: each registration waits for its own commit to reach the disk (WRITE_DELAY=0 on H2).
        String alone = createTraining(100);
        timings.sequential("Registration (`POST /api/trainings/{slug}/registrations`), 1 client",
                i -> register(alone, "bench-" + run + "-alone-" + i + "@bench.example"));
        String training = createTraining(100);
        timings.concurrent("Registration (`POST /api/trainings/{slug}/registrations`), " + CLIENTS + " clients at once",
                CLIENTS, i -> register(training, "bench-" + run + "-" + i + "@bench.example"));
        report("benchmark.md", timings.table());
    }

    @Test
    @Order(2)
    void realCorpus() throws Exception {
        List<String> summary = new ArrayList<>();
        List<EuroparlCorpus.Document> documents = EuroparlCorpus.documents();
        List<EuroparlCorpus.Document> longDocuments = EuroparlCorpus.longDocuments(documents, 60, 300 * 1024);

        long started = System.nanoTime();
        int created = EuroparlCorpus.upload(documents, "GUIDE", 4);
        double seconds = (System.nanoTime() - started) / 1e9;
        summary.add(String.format(Locale.ROOT, "Load: %d of %d documents through `POST /api/staff/resources` "
                + "(4 uploaders) in %.0f s: %.1f documents/s.", created, documents.size(), seconds, created / seconds));
        started = System.nanoTime();
        int createdLong = EuroparlCorpus.upload(longDocuments, "REPORT", 4);
        summary.add(String.format(Locale.ROOT, "Long documents: %d of 300 KB each in %.0f s.", createdLong,
                (System.nanoTime() - started) / 1e9));
        summary.add(String.format(Locale.ROOT, "Full index rebuild from the administration page: %.1f s.",
                rebuildIndexSeconds()));

        Timings timings = new Timings(30, 400);
        String stylesheet = stylesheet();
        var ceiling = timings.sequential("Static stylesheet (the server's ceiling)", i -> get(stylesheet));
        var search = timings.sequential("Search API, 1 client, 20 queries in turn", i -> get(searchPath(i, "")));
        timings.concurrent("Search API, " + CLIENTS + " clients", CLIENTS, i -> get(searchPath(i, "")));
        Timings.Result lucene;
        try (PlainLucene plain = new PlainLucene(Path.of(System.getProperty("portal.data.dir")))) {
            summary.add("Documents in the index: " + plain.documents() + ".");
            lucene = plainLucene(timings, plain);
        }
        var shortHits = timings.sequential("Search API, a page of 10 hits from ~1 KB documents",
                i -> get(searchPath(i, "&type=GUIDE")));
        var longHits = timings.sequential("Search API, a page of 10 hits from 300 KB documents",
                i -> get(searchPath(i, "&type=REPORT")));
        List<Timings.Result> pages = List.of(
                timings.sequential("`/api/resources` (first page of 20)", i -> get("/api/resources")),
                timings.sequential("`/library`", i -> get("/library")),
                timings.sequential("`/sites`", i -> get("/sites")),
                timings.sequential("`/api/sites`", i -> get("/api/sites")),
                timings.sequential("`/trainings`", i -> get("/trainings")));

        summary.add(String.format(Locale.ROOT, "Search p50 at 1 client: %.2f ms; plain Lucene %.2f ms + static file "
                        + "%.2f ms = %.2f ms: ratio %.1f (goal ≤ 2).", search.p(0.5), lucene.p(0.5), ceiling.p(0.5),
                lucene.p(0.5) + ceiling.p(0.5), search.p(0.5) / (lucene.p(0.5) + ceiling.p(0.5))));
        summary.add(String.format(Locale.ROOT, "A page of ten hits: %.2f ms from short documents, %.2f ms from "
                + "300 KB documents (p50).", shortHits.p(0.5), longHits.p(0.5)));
        for (Timings.Result page : pages) {
            summary.add(String.format(Locale.ROOT, "%s: %.0f requests/s, %.0f%% of the static ceiling.", page.name(),
                    page.requestsPerSecond(), 100 * page.requestsPerSecond() / ceiling.requestsPerSecond()));
        }
        summary.add(registrationRace());
        summary.add("Slowest request: " + timings.slowest() + ".");
        summary.add(heap());
        report("benchmark-corpus.md", timings.table() + "\n" + String.join("\n", summary.stream().map(s -> "- " + s).toList()) + "\n");
    }

    private static Timings.Result plainLucene(Timings timings, PlainLucene plain) {
        for (int i = 0; i < 30; i++) {
            plain.search(CORPUS_QUERIES[i % CORPUS_QUERIES.length]);
        }
        long[] nanos = new long[400];
        long started = System.nanoTime();
        for (int i = 0; i < nanos.length; i++) {
            long t0 = System.nanoTime();
            plain.search(CORPUS_QUERIES[i % CORPUS_QUERIES.length]);
            nanos[i] = System.nanoTime() - t0;
        }
        return timings.record("Plain Lucene `IndexSearcher` on the portal's index (the limit), same queries", nanos,
                System.nanoTime() - started);
    }

    /** 200 people at once for 20 seats: exactly 20 must be confirmed, the rest waitlisted. */
    private static String registrationRace() throws Exception {
        String training = createTraining(20);
        String run = UUID.randomUUID().toString().substring(0, 8);
        int clients = 200;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                int n = i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return register(training, "race-" + run + "-" + n + "@bench.example");
                }));
            }
            long started = System.nanoTime();
            start.countDown();
            int accepted = 0;
            for (Future<Integer> answer : answers) {
                accepted += answer.get() == 201 ? 1 : 0;
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            long confirmed = Database.count("select count(*) from training_registration r join training t on r.training_id = t.id"
                    + " where t.slug = ? and r.status = 'CONFIRMED'", training);
            assertEquals(clients, accepted, "every registration is answered 201 (confirmed or waitlisted)");
            assertEquals(20, confirmed, "the seat count is exact");
            return String.format(Locale.ROOT, "Registrations: %d clients at once for 20 seats: %d accepted, %d confirmed, "
                    + "the rest waitlisted, in %.1f s (%.0f registrations/s).", clients, accepted, confirmed, seconds,
                    accepted / seconds);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Starts "Rebuild the search index" on the administration page and waits until the page says it is done. */
    private static double rebuildIndexSeconds() throws InterruptedException {
        StaffSession admin = StaffSession.signedIn(StaffAccounts.ADMIN);
        String page = admin.get("/staff/admin").body();
        Map<String, String> fields = new LinkedHashMap<>(StaffSession.hiddenFields(page));
        fields.put("index", "index");
        fields.put("index:rebuild", "index:rebuild");
        long started = System.nanoTime();
        admin.postForm("/staff/admin", fields);
        while (true) {
            String html = admin.get("/staff/admin").body();
            if (html.contains("Rebuilt ") && !html.contains("Rebuilding:")) {
                return (System.nanoTime() - started) / 1e9;
            }
            assertTrue(System.nanoTime() - started < Duration.ofMinutes(30).toNanos(), "the rebuild ends");
            Thread.sleep(250);
        }
    }

    private static String heap() throws IOException {
        try (ModelControllerClient client = ModelControllerClient.Factory.create("localhost", 9990)) {
            long used = heapUsed(client);
            ModelNode gc = new ModelNode();
            gc.get("operation").set("gc");
            gc.get("address").add("core-service", "platform-mbean").add("type", "memory");
            client.execute(gc);
            return String.format(Locale.ROOT, "Server heap after the run: %d MB used, %d MB after a collection.",
                    used >> 20, heapUsed(client) >> 20);
        }
    }

    private static long heapUsed(ModelControllerClient client) throws IOException {
        ModelNode read = new ModelNode();
        read.get("operation").set("read-attribute");
        read.get("address").add("core-service", "platform-mbean").add("type", "memory");
        read.get("name").set("heap-memory-usage");
        return client.execute(read).get("result", "used").asLong();
    }

    private static String stylesheet() {
        Matcher link = STYLESHEET.matcher(Http.get("/sites").body());
        assertTrue(link.find(), "the page links its stylesheet");
        return link.group(1).replace("&amp;", "&");
    }

    private static String searchPath(int i, String filter) {
        return "/api/search?q=" + encode(CORPUS_QUERIES[i % CORPUS_QUERIES.length]) + filter;
    }

    private static void report(String file, String text) throws IOException {
        System.out.println("\n" + text);
        Files.writeString(Path.of("target", file), text);
    }

    private static int get(String path) {
        return Http.get(path).statusCode();
    }

    private static int register(String training, String email) {
        String body = "{\"name\":\"Bench Registrant\",\"email\":\"" + email + "\",\"organisation\":\"Benchmark PD\","
                + "\"role\":\"Officer\",\"jurisdiction\":\"Springfield, IL\",\"answers\":\"\"}";
        return Http.post("/api/trainings/" + training + "/registrations", body).statusCode();
    }

    /** A published training with {@code capacity} seats; registrations beyond them join the waitlist. */
    private static String createTraining(int capacity) throws IOException {
        LocalDateTime start = LocalDateTime.now().plusDays(60).withHour(10).withMinute(0).withSecond(0).withNano(0);
        String body = "{\"title\":\"Benchmark training " + UUID.randomUUID() + "\",\"description\":\"Load test.\","
                + "\"format\":\"VIRTUAL\",\"start\":\"" + start + "\",\"end\":\"" + start.plusHours(2) + "\","
                + "\"zone\":\"America/Chicago\",\"capacity\":" + capacity + ",\"status\":\"PUBLISHED\","
                + "\"joinLink\":\"https://meet.example/bench\"}";
        HttpResponse<String> created = Http.send(HttpRequest.newBuilder(Http.uri("/api/staff/trainings"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", StaffAccounts.ADMIN.basic())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertEquals(201, created.statusCode(), created.body());
        return Http.json(created).getString("slug");
    }

    private static String encode(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8);
    }
}

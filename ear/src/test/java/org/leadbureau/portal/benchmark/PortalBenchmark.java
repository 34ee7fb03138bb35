package org.leadbureau.portal.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.SharedPortal;
import org.leadbureau.portal.it.StaffAccounts;

/**
 * Response times of the portal's busiest requests against the seeded content, measured over HTTP from the same
 * machine: {@code mvn verify -Pbenchmark}. Not part of the test suite (numbers are not pass/fail); the table goes
 * to the console and to {@code ear/target/benchmark.md}, and the README keeps the latest figures.
 */
@SharedPortal
class PortalBenchmark {

    private static final int WARM_UP = 30;
    private static final int SAMPLES = 300;
    private static final int THREADS = 8;
    private static final String[] QUERIES = {"case management", "harm reduction", "referral pathways", "MOUD",
        "\"operational workgroup\"", "evaluation data", "prosecutor diversion", "social contact referral",
        "funding sustainability", "policing -prosecution", "glossary", "community engagement"};

    private final List<String> rows = new ArrayList<>();

    @Test
    void measure() throws Exception {
        sequential("Full-text search, API (`/api/search?q=…`, 12 queries in turn)",
                i -> get("/api/search?q=" + encode(QUERIES[i % QUERIES.length])));
        sequential("Search results page (`/search?q=…`)",
                i -> get("/search?q=" + encode(QUERIES[i % QUERIES.length])));
        sequential("Library browse page (`/library`)", i -> get("/library"));
        sequential("Directory of sites, JSON (`/api/sites`)", i -> get("/api/sites"));
        sequential("Directory page (`/sites`)", i -> get("/sites"));
        sequential("Upcoming trainings, JSON (`/api/trainings`)", i -> get("/api/trainings"));
        concurrent("Full-text search, API, " + THREADS + " clients at once",
                i -> get("/api/search?q=" + encode(QUERIES[i % QUERIES.length])));

        String training = createTraining();
        String run = UUID.randomUUID().toString().substring(0, 8);
        concurrent("Registration (`POST /api/trainings/{slug}/registrations`), " + THREADS + " clients at once",
                i -> register(training, "bench-" + run + "-" + i + "@bench.example"));

        String table = "| request | samples | median ms | p95 ms | max ms | requests/s |\n|---|---|---|---|---|---|\n"
                + String.join("\n", rows) + "\n";
        System.out.println("\n" + table);
        Files.writeString(Path.of("target", "benchmark.md"), table);
    }

    private void sequential(String name, IntFunction<Integer> request) {
        for (int i = 0; i < WARM_UP; i++) {
            request.apply(i);
        }
        long[] nanos = new long[SAMPLES];
        long started = System.nanoTime();
        for (int i = 0; i < SAMPLES; i++) {
            long t0 = System.nanoTime();
            assertEquals(200, request.apply(i), name);
            nanos[i] = System.nanoTime() - t0;
        }
        record(name, nanos, System.nanoTime() - started);
    }

    private void concurrent(String name, IntFunction<Integer> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (int i = 0; i < WARM_UP; i++) {
                int n = i;
                pool.submit(() -> request.apply(SAMPLES + n)).get();
            }
            List<Future<Long>> timings = new ArrayList<>();
            long started = System.nanoTime();
            for (int i = 0; i < SAMPLES; i++) {
                int n = i;
                timings.add(pool.submit(() -> {
                    long t0 = System.nanoTime();
                    int status = request.apply(n);
                    if (status >= 300) {
                        throw new IllegalStateException(name + " answered " + status);
                    }
                    return System.nanoTime() - t0;
                }));
            }
            long[] nanos = new long[SAMPLES];
            for (int i = 0; i < SAMPLES; i++) {
                nanos[i] = timings.get(i).get();
            }
            record(name, nanos, System.nanoTime() - started);
        } finally {
            pool.shutdownNow();
        }
    }

    private void record(String name, long[] nanos, long wallNanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        rows.add(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.0f |", name, sorted.length,
                millis(sorted[sorted.length / 2]), millis(sorted[(int) Math.ceil(sorted.length * 0.95) - 1]),
                millis(sorted[sorted.length - 1]), sorted.length / (wallNanos / 1e9)));
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    private static int get(String path) {
        return Http.get(path).statusCode();
    }

    private static int register(String training, String email) {
        String body = "{\"name\":\"Bench Registrant\",\"email\":\"" + email + "\",\"organisation\":\"Benchmark PD\","
                + "\"role\":\"Officer\",\"jurisdiction\":\"Springfield, IL\",\"answers\":\"\"}";
        return Http.post("/api/trainings/" + training + "/registrations", body).statusCode();
    }

    /** A published training with room for some and a waitlist for the rest, so both paths are measured. */
    private static String createTraining() throws IOException {
        LocalDateTime start = LocalDateTime.now().plusDays(60).withHour(10).withMinute(0).withSecond(0).withNano(0);
        String body = "{\"title\":\"Benchmark training " + UUID.randomUUID() + "\",\"description\":\"Load test.\","
                + "\"format\":\"VIRTUAL\",\"start\":\"" + start + "\",\"end\":\"" + start.plusHours(2) + "\","
                + "\"zone\":\"America/Chicago\",\"capacity\":100,\"status\":\"PUBLISHED\","
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

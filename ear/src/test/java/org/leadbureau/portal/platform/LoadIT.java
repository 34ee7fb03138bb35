package org.leadbureau.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.SharedPortal;
import org.leadbureau.portal.it.Multipart;
import org.leadbureau.portal.it.StaffAccounts;

/**
 * Many clients at once on every public list, with 2,000 documents uploaded: the portal answers all of them
 * without a server error, never runs out of memory, and is healthy afterwards. Too slow for every build: it runs
 * with {@code mvn verify -Pload} (as .ci/run does).
 */
@SharedPortal
class LoadIT {

    private static final int DOCUMENTS = 2_000;
    private static final int CLIENTS = 16;
    private static final Duration RUN = Duration.ofSeconds(30);
    private static final List<String> LISTS = List.of("/api/resources", "/api/resources?size=100&sort=title",
            "/api/resources?page=7&size=50", "/library", "/library?page=3", "/api/search?q=committee",
            "/api/search?q=parliament&size=100", "/search?q=report", "/api/sites", "/api/sites?format=csv",
            "/api/sites?format=geojson", "/api/sites?page=1&size=100", "/sites", "/api/trainings", "/trainings");

    @Test
    void sixteenClientsOnEveryPublicListGetNoServerErrorAndThePortalStaysHealthy() throws Exception {
        upload(DOCUMENTS);
        Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        long until = System.nanoTime() + RUN.toNanos();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> running = IntStream.range(0, CLIENTS).<Future<?>>mapToObj(client -> clients.submit(() -> {
                // Each client from its own loopback address, as separate visitors are.
                String address = "127.0.0." + (2 + client);
                for (int i = client; System.nanoTime() < until; i++) {
                    int status = get(address, LISTS.get(i % LISTS.size()));
                    statuses.computeIfAbsent(status, any -> new AtomicLong()).incrementAndGet();
                }
                return null;
            })).toList();
            for (Future<?> client : running) {
                client.get();
            }
        } finally {
            clients.shutdownNow();
        }
        System.out.println("LoadIT: answers by status over " + RUN.toSeconds() + " s: " + statuses);

        assertTrue(statuses.keySet().stream().noneMatch(status -> status >= 500), statuses.toString());
        assertEquals(Map.of(200, statuses.get(200).get()).keySet(), statuses.keySet(), "every list answers 200");
        assertFalse(Files.readString(Path.of(System.getProperty("portal.server.log"))).contains("OutOfMemoryError"));
        var health = Http.get("/api/health");
        assertEquals(200, health.statusCode(), health.body());
        assertEquals("UP", Http.json(health).getString("status"));
    }

    /** Uploads small documents through the staff API, from four clients at once. */
    private static void upload(int count) throws Exception {
        var staff = StaffAccounts.staff();
        ExecutorService uploaders = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> uploads = IntStream.range(0, count).mapToObj(n -> uploaders.submit(() -> {
                String text = ("Load document " + n + ". The committee of the parliament read the report on case"
                        + " management, housing and diversion, and agreed to meet again. ").repeat(20);
                var body = new Multipart()
                        .field("title", "Load document " + n)
                        .field("summary", "A document uploaded by the load test.")
                        .field("type", "GUIDE")
                        .field("topics", "policing")
                        .field("published", LocalDate.now().minusDays(n % 3000).toString())
                        .field("status", "PUBLISHED")
                        .file("file", "load-" + n + ".txt", "text/plain", text.getBytes(StandardCharsets.UTF_8));
                return Http.send(HttpRequest.newBuilder(Http.uri("/api/staff/resources"))
                        .timeout(Duration.ofSeconds(60))
                        .header("Authorization", staff.basic())
                        .header("Content-Type", body.contentType())
                        .POST(body.publisher()).build()).statusCode();
            })).toList();
            for (Future<Integer> upload : uploads) {
                assertEquals(201, upload.get());
            }
        } finally {
            uploaders.shutdownNow();
        }
    }

    /** A GET over a socket bound to {@code address}; answers the status (the body is read and dropped). */
    private static int get(String address, String path) throws IOException {
        URI base = URI.create(Http.baseUrl());
        try (Socket socket = new Socket()) {
            socket.setSoTimeout((int) Duration.ofSeconds(60).toMillis());
            socket.bind(new InetSocketAddress(address, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", base.getPort()));
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] head = in.readNBytes(12); // "HTTP/1.1 200"
            in.transferTo(OutputStream.nullOutputStream());
            return Integer.parseInt(new String(head, StandardCharsets.US_ASCII).substring(9, 12));
        }
    }
}

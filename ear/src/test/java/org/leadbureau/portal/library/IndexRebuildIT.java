package org.leadbureau.portal.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Database;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.Multipart;
import org.leadbureau.portal.it.PortalRestarts;
import org.leadbureau.portal.it.ServerLogs;
import org.leadbureau.portal.it.StaffAccounts;
import org.leadbureau.portal.library.entity.LibraryResource;

/**
 * The search index, local or in OpenSearch: deleted while the portal is down, written with analyzers this version no longer
 * uses, or behind a database restored from a backup, it is rebuilt from the database at start-up.
 */
class IndexRebuildIT extends PortalRestarts {

    private static long hits(String query) {
        var response = Http.get("/api/search?q=" + query);
        assertEquals(200, response.statusCode(), response.body());
        return Http.json(response).getJsonNumber("total").longValue();
    }

    /** The library's index deleted while the portal is down: its directory, or its index in OpenSearch. */
    @Test
    void anIndexDeletedWhileThePortalIsDownIsRebuiltAtStartUp() throws Exception {
        long before = hits("letterhead") + hits("whiteboard") + hits("");
        String openSearch = System.getProperty("portal.opensearch.url", "");
        Path index = Path.of(System.getProperty("portal.data.dir"), "index");

        restart(() -> {
            if (openSearch.isEmpty()) {
                deleteTree(index);
                assertFalse(Files.exists(index));
            } else {
                URI library = URI.create(openSearch + "/" + LibraryResource.INDEX + "-000001");
                assertEquals(200, Http.send(HttpRequest.newBuilder(library).DELETE().build()).statusCode());
                assertEquals(404, Http.send(HttpRequest.newBuilder(library).GET().build()).statusCode());
            }
        });

        assertEquals(before, hits("letterhead") + hits("whiteboard") + hits(""));
        assertEquals(1, hits("letterhead"));
    }

    /** The analysis is kept in the database, which every node of a cluster shares: a digest of the analyzers. */
    @Test
    void anIndexWrittenWithOtherAnalyzersIsRebuiltAtStartUp() throws Exception {
        String backend = System.getProperty("portal.opensearch.url", "").isEmpty() ? "lucene" : "opensearch";
        String analysis = "select analysis from search_index_analysis where backend = '" + backend + "'";
        Path log = Path.of(System.getProperty("portal.server.log"));
        long before = hits("letterhead");
        List<String> current = Database.strings(analysis);
        assertEquals(1, current.size(), "the start-up check wrote what the index was written with");
        long[] logBefore = new long[1];

        restart(() -> {
            assertEquals(1, Database.update("update search_index_analysis set analysis = ? where backend = ?",
                    "analyzers of an earlier version", backend));
            logBefore[0] = Files.size(log);
        });

        assertTrue(ServerLogs.since(log, logBefore[0]).contains("was written with other analyzers"), "the start-up log names the rebuild");
        assertEquals(current, Database.strings(analysis));
        assertNotEquals(0, before);
        assertEquals(before, hits("letterhead"));
    }

    /**
     * A database restored from a backup while the portal was down: as many documents as the index holds, but one of
     * them changed (its title, and its version as any edit raises it). The start-up check compares ids and versions,
     * not only counts, so search finds the restored title and no longer the one the index had.
     */
    @Test
    void aRestoredDatabaseWithTheSameNumberOfDocumentsButChangedRowsIsReindexedAtStartUp() throws Exception {
        // One made-up word of letters, so that the analyzers keep it whole.
        String tag = "restorq" + UUID.randomUUID().toString().replaceAll("[^a-f]", "") + "x";
        String slug = upload("Ledger of the " + tag + " archive");
        assertEquals(List.of("Ledger of the " + tag + " archive"), titlesFound(tag));

        restart(() -> assertEquals(1, Database.update("update library_resource set title = ?, version = version + 1"
                + " where slug = ?", "Almanac of the " + tag + " archive", slug)));

        assertEquals(List.of("Almanac of the " + tag + " archive"), titlesFound(tag));
        assertTrue(titlesFound("ledger").stream().noneMatch(title -> title.contains(tag)), "the old title is gone");
    }

    private static List<String> titlesFound(String query) {
        var response = Http.get("/api/search?size=100&q=" + query);
        assertEquals(200, response.statusCode(), response.body());
        return Http.json(response).getJsonArray("hits").stream()
                .map(hit -> hit.asJsonObject().getString("title")).toList();
    }

    private static String upload(String title) {
        var body = new Multipart().field("title", title).field("summary", "A backup test's document.")
                .field("type", "GUIDE").field("topics", "policing").field("published", LocalDate.now().toString())
                .field("status", "PUBLISHED")
                .file("file", "backup.txt", "text/plain", "Kept in the backup.".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> created = Http.send(HttpRequest.newBuilder(Http.uri("/api/staff/resources"))
                .timeout(Duration.ofSeconds(60)).header("Authorization", StaffAccounts.staff().basic())
                .header("Content-Type", body.contentType()).POST(body.publisher()).build());
        assertEquals(201, created.statusCode(), created.body());
        return Http.json(created).getString("slug");
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}

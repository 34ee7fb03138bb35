package org.leadbureau.portal.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.PortalRestarts;

/**
 * The search index is local: deleted while the portal is down, or written with analyzers this version no longer
 * uses, it is rebuilt from the database at start-up.
 */
class IndexRebuildIT extends PortalRestarts {

    private static long hits(String query) {
        var response = Http.get("/api/search?q=" + query);
        assertEquals(200, response.statusCode(), response.body());
        return Http.json(response).getJsonNumber("total").longValue();
    }

    @Test
    void anIndexDeletedWhileThePortalIsDownIsRebuiltAtStartUp() throws Exception {
        long before = hits("letterhead") + hits("whiteboard") + hits("");
        Path index = Path.of(System.getProperty("portal.data.dir"), "index");

        restart(() -> {
            deleteTree(index);
            assertFalse(Files.exists(index));
        });

        assertEquals(before, hits("letterhead") + hits("whiteboard") + hits(""));
        assertEquals(1, hits("letterhead"));
    }

    @Test
    void anIndexWrittenWithOtherAnalyzersIsRebuiltAtStartUp() throws Exception {
        Path analysis = Path.of(System.getProperty("portal.data.dir"), "index", "analysis.txt");
        Path log = Path.of(System.getProperty("portal.server.log"));
        long before = hits("letterhead");
        String current = Files.readString(analysis);
        long[] logBefore = new long[1];

        restart(() -> {
            Files.writeString(analysis, "{english=porterStem}");
            logBefore[0] = Files.size(log);
        });

        byte[] logged = Files.readAllBytes(log);
        String logSince = new String(logged, (int) logBefore[0], logged.length - (int) logBefore[0], StandardCharsets.UTF_8);
        assertTrue(logSince.contains("was written with other analyzers"), "the start-up log names the rebuild");
        assertEquals(current, Files.readString(analysis));
        assertNotEquals(0, before);
        assertEquals(before, hits("letterhead"));
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

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
    void anIndexDeletedWhileThePortalIsDownIsRebuiltAtStartUp() throws IOException {
        deployer.deploy(PORTAL);
        try {
            long before = hits("letterhead") + hits("whiteboard") + hits("");
            deployer.undeploy(PORTAL);

            Path index = Path.of(System.getProperty("portal.data.dir"), "index");
            deleteTree(index);
            assertFalse(Files.exists(index));

            deployer.deploy(PORTAL);
            assertEquals(before, hits("letterhead") + hits("whiteboard") + hits(""));
            assertEquals(1, hits("letterhead"));
        } finally {
            deployer.undeploy(PORTAL);
        }
    }

    @Test
    void anIndexWrittenWithOtherAnalyzersIsRebuiltAtStartUp() throws IOException {
        Path analysis = Path.of(System.getProperty("portal.data.dir"), "index", "analysis.txt");
        Path log = Path.of(System.getProperty("portal.server.log"));
        deployer.deploy(PORTAL);
        try {
            long before = hits("letterhead");
            String current = Files.readString(analysis);
            deployer.undeploy(PORTAL);

            Files.writeString(analysis, "{english=porterStem}");
            long logBefore = Files.size(log);
            deployer.deploy(PORTAL);

            byte[] logged = Files.readAllBytes(log);
            String logSince = new String(logged, (int) logBefore, logged.length - (int) logBefore, StandardCharsets.UTF_8);
            assertTrue(logSince.contains("was written with other analyzers"), "the start-up log names the rebuild");
            assertEquals(current, Files.readString(analysis));
            assertNotEquals(0, before);
            assertEquals(before, hits("letterhead"));
        } finally {
            deployer.undeploy(PORTAL);
        }
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

package org.leadbureau.portal.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.OwnServer;
import org.leadbureau.portal.it.PortalRestarts;

/**
 * A malformed setting stops the portal's deployment at once with one line naming the variable and what it expects,
 * and the server is not left hanging: it goes on without the portal and shuts down when asked. (Which values are
 * refused is SettingTest's.)
 */
class SettingsRefusalIT extends PortalRestarts {

    @Test
    void aMalformedSettingFailsTheDeploymentCleanly() throws Exception {
        assertRefused(Map.of("PORTAL_SESSION_MAX", "eight hours"),
                "PORTAL_SESSION_MAX must be a positive ISO-8601 duration such as PT8H, not \"eight hours\"");
    }

    /** A node of a cluster cannot keep its search index to itself: the others would never see its changes. */
    @Test
    void aClusteredNodeRefusesTheEmbeddedSearchIndex() throws Exception {
        assertRefused(Map.of("PORTAL_CLUSTER", "true"),
                "A clustered node (PORTAL_CLUSTER=true) needs PORTAL_SEARCH_BACKEND=opensearch");
    }

    private static void assertRefused(Map<String, String> settings, String logged) throws Exception {
        Path data = OwnServer.freshDirectory("refusal-data");
        Map<String, String> environment = new HashMap<>(settings);
        environment.put("PORTAL_DATA_DIR", data.toString());
        try (OwnServer server = OwnServer.prepare("refusal-server", environment, List.of())) {
            server.start();
            Path failed = server.base().resolve("deployments").resolve("portal.ear.failed");
            Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
            while (!Files.exists(failed)) {
                assertTrue(Instant.now().isBefore(deadline), "the deployment never failed:\n" + server.consoleTail());
                assertFalse(server.endsWithin(Duration.ofMillis(250)), "the server ended:\n" + server.consoleTail());
            }
            assertTrue(server.console().contains(logged), server.consoleTail());
            assertTrue(server.stop(), "the server shuts down when asked:\n" + server.consoleTail());
        }
    }
}

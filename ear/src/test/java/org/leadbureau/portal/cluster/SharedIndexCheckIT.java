package org.leadbureau.portal.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.leadbureau.portal.it.Database;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.SearchHits;
import org.leadbureau.portal.it.ServerLogs;

/**
 * The search index's start-up check runs on one node at a time and trusts what the shared database says the index
 * was written with: a node that starts on a new machine does not empty the index the other node is searching.
 */
@ExtendWith(Cluster.class)
class SharedIndexCheckIT {

    private static final String REBUILT = "rebuilding it";

    @AfterEach
    void bothNodesAgain() throws Exception {
        Cluster.running().revive();
    }

    @Test
    void aNodeStartingWithANewDataDirectoryLeavesTheSharedIndexAndItsSearchesAlone() throws Exception {
        Cluster.Running cluster = Cluster.running();
        List<String> seeded = seededHits("node1");
        assertFalse(seeded.isEmpty(), "the seeded library answers a search for 'diversion'");
        cluster.kill("node2");
        Cluster.deleteTree(cluster.dataDirectory("node2"));
        long logBefore = Files.size(cluster.serverLog("node2"));

        CompletableFuture<Void> started = CompletableFuture.runAsync(() -> {
            try {
                cluster.revive();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
        int searches = 0;
        while (!started.isDone()) {
            assertEquals(seeded, seededHits("node1"), "node 1's search while node 2 starts (search " + searches + ")");
            searches++;
            Thread.sleep(50);
        }
        started.join();

        assertFalse(ServerLogs.since(cluster.serverLog("node2"), logBefore).contains(REBUILT), "node 2 did not rebuild the index");
        assertEquals(seeded, seededHits("node2"));
        assertTrue(searches > 10, "node 1 was searched all along node 2's start: " + searches + " searches");
    }

    /**
     * Both nodes start at once after an upgrade whose analyzers differ from those the index was written with (the
     * database's record of them changed while both were down): the index is rebuilt once, by one of them.
     */
    @Test
    void nodesStartingTogetherWithNewAnalyzersRebuildTheIndexOnce() throws Exception {
        Cluster.Running cluster = Cluster.running();
        List<String> seeded = seededHits("node1");
        Map<String, Long> logsBefore = logSizes();
        cluster.kill("node1");
        cluster.kill("node2");
        assertEquals(1, Database.update("update search_index_analysis set analysis = ? where backend = 'opensearch'",
                "analyzers of an earlier version"));

        cluster.revive();

        Map<String, String> logs = Cluster.NODES.stream().collect(Collectors.toMap(node -> node,
                node -> ServerLogs.since(cluster.serverLog(node), logsBefore.get(node))));
        assertEquals(1, logs.values().stream().filter(log -> log.contains("written with other analyzers")).count(),
                "exactly one node rebuilt the index: " + logs.values().stream()
                        .map(log -> log.lines().filter(line -> line.contains("IndexIntegrity")).toList()).toList());
        assertEquals(seeded, seededHits("node1"));
        assertEquals(seeded, seededHits("node2"));
    }

    private static Map<String, Long> logSizes() {
        return Cluster.NODES.stream().collect(Collectors.toMap(node -> node, node -> {
            try {
                return Files.size(Cluster.running().serverLog(node));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }

    /** In slug order: documents of equal score may come in another order after a rebuild. */
    private static List<String> seededHits(String node) {
        return SearchHits.slugs(Http.send(HttpRequest.newBuilder(Cluster.running().node(node)
                .resolve("/api/search?q=diversion&size=20")).timeout(Duration.ofSeconds(10)).build())).stream().sorted().toList();
    }
}

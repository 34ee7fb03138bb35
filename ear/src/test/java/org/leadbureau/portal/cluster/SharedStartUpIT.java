package org.leadbureau.portal.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.leadbureau.portal.it.Database;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.SearchHits;
import org.leadbureau.portal.it.ServerLogs;

/**
 * What a node does as it starts is done once across the cluster. The search index's start-up check runs on one node
 * at a time and trusts what the shared database says the index was written with, so a node that starts on a new
 * machine does not empty the index the other node is searching; the seed is imported by one node at a time.
 */
@ExtendWith(Cluster.class)
class SharedStartUpIT {

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
     * database's record of them changed while both were down), and whose seed has a site the database lacks: the
     * index is rebuilt once, by one of them, and the site is added once, by one of them, without either failing.
     */
    @Test
    void nodesStartingTogetherRebuildTheIndexOnceAndImportTheSeedOnce() throws Exception {
        Cluster.Running cluster = Cluster.running();
        List<String> seeded = seededHits("node1");
        Map<String, Long> logsBefore = logSizes();
        cluster.kill("node1");
        cluster.kill("node2");
        assertEquals(1, Database.update("update search_index_analysis set analysis = ? where backend = 'opensearch'",
                "analyzers of an earlier version"));
        String site = removeASeededSite();

        cluster.revive();

        Map<String, String> logs = Cluster.NODES.stream().collect(Collectors.toMap(node -> node,
                node -> ServerLogs.since(cluster.serverLog(node), logsBefore.get(node))));
        assertEquals(1, logs.values().stream().filter(log -> log.contains("written with other analyzers")).count(),
                "exactly one node rebuilt the index: " + lines(logs, "IndexIntegrity"));
        assertEquals(seeded, seededHits("node1"));
        assertEquals(seeded, seededHits("node2"));
        assertEquals(List.of(1L, 0L), logs.values().stream().map(SharedStartUpIT::sitesCreated).sorted(Comparator.reverseOrder())
                .toList(), "one node added the site, the other found it there: " + lines(logs, "Seed sites imported"));
        assertEquals(1, Database.count("select count(*) from site where slug = ?", site));
    }

    /** Deletes a seeded site that nothing refers to (with its status history), as if a later seed brought it. */
    private static String removeASeededSite() throws Exception {
        String site = Database.strings("select s.slug from site s where not exists (select 1 from training_registration r"
                + " where r.site_id = s.id) and not exists (select 1 from inquiry i where i.site_id = s.id)"
                + " and not exists (select 1 from site_visit v where v.site_id = s.id) order by s.id desc").get(0);
        Database.update("delete from site_status_change where site_id = (select id from site where slug = ?)", site);
        assertEquals(1, Database.update("delete from site where slug = ?", site));
        return site;
    }

    /** How many sites the seed import in this log created. */
    private static long sitesCreated(String log) {
        Matcher imported = Pattern.compile("Seed sites imported: (\\d+) created").matcher(log);
        assertTrue(imported.find(), "the node imported the seed");
        return Long.parseLong(imported.group(1));
    }

    private static List<List<String>> lines(Map<String, String> logs, String containing) {
        return logs.values().stream().map(log -> log.lines().filter(line -> line.contains(containing)).toList()).toList();
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

package org.leadbureau.portal.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.Multipart;
import org.leadbureau.portal.it.SearchHits;
import org.leadbureau.portal.it.StaffAccounts;
import org.leadbureau.portal.library.control.TestDocuments;

/** Both nodes search one OpenSearch index: what one node indexes, the other finds. */
@ExtendWith(Cluster.class)
class SharedSearchIT {

    @Test
    void aDocumentUploadedThroughOneNodeIsFoundOnTheOtherWithinTwoSeconds() throws Exception {
        String word = SearchHits.madeUpWord();
        var body = new Multipart()
                .field("title", "Cluster indexing note")
                .field("summary", "Uploaded through node 1 by the cluster test.")
                .field("type", "GUIDE")
                .field("topics", "policing")
                .field("audiences", "police")
                .field("published", "2026-01-15")
                .field("status", "PUBLISHED")
                .file("file", "cluster.pdf", "application/pdf", TestDocuments.pdf("Officers read the " + word + " note.", null));
        HttpResponse<String> uploaded = Http.send(HttpRequest.newBuilder(
                        Cluster.running().node("node1").resolve("/api/staff/resources"))
                .timeout(Duration.ofSeconds(120)).header("Authorization", StaffAccounts.staff().basic())
                .header("Content-Type", body.contentType()).POST(body.publisher()).build());
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        Instant answered = Instant.now();
        String slug = Http.json(uploaded).getString("slug");

        List<String> hits = List.of();
        while (!hits.contains(slug) && Duration.between(answered, Instant.now()).toMillis() < 2000) {
            hits = hits(word);
        }
        assertTrue(hits.contains(slug), "node 2 finds " + slug + " within 2 s of the upload's answer: " + hits);
    }

    private static List<String> hits(String word) {
        return SearchHits.slugs(Http.send(HttpRequest.newBuilder(Cluster.running().node("node2")
                .resolve("/api/search?q=" + word)).timeout(Duration.ofSeconds(10)).build()));
    }
}

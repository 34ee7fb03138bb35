package org.leadbureau.portal.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Database;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.SharedPortal;
import org.leadbureau.portal.it.TestResources;

/** Search and browse of the seeded library through the API and the pages, on the real server. */
@SharedPortal
class LibrarySearchIT {

    private static final String PDF_SEED = "building-an-operational-workgroup";
    private static final String DOCX_SEED = "data-and-evaluation-planning";

    private static JsonObject search(String parameters) {
        HttpResponse<String> response = Http.get("/api/search?" + parameters);
        assertEquals(200, response.statusCode(), response.body());
        return Http.json(response);
    }

    private static String q(String query) {
        return "q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private static List<String> slugs(JsonObject result) {
        return result.getJsonArray("hits").getValuesAs(JsonObject.class).stream()
                .map(hit -> hit.getString("slug")).toList();
    }

    private static long publishedInDatabase() throws Exception {
        return Database.count("select count(*) from library_resource where status = 'PUBLISHED'");
    }

    @Test
    void thePdfAndDocxSeedsAreFoundByAWordOnlyInTheirBodies() throws Exception {
        // The words are in the files' text, not in their titles or summaries.
        for (String[] seed : new String[][] {{PDF_SEED, "whiteboard", "application/pdf"},
                {DOCX_SEED, "letterhead", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}}) {
            assertEquals(List.of(seed[2]), Database.strings("select media_type from library_resource where slug = ?", seed[0]));
            assertEquals(0, Database.count("select count(*) from library_resource where lower(title) like ? or lower(summary) like ?",
                    "%" + seed[1] + "%", "%" + seed[1] + "%"));

            JsonObject result = search(q(seed[1]));

            assertEquals(List.of(seed[0]), slugs(result), seed[1]);
            String snippet = result.getJsonArray("hits").getJsonObject(0).getString("snippet");
            assertTrue(snippet.toLowerCase().contains("<mark>" + seed[1] + "</mark>"), snippet);
        }
    }

    @Test
    void aTitleMatchRanksAboveSummaryAndBodyMatches() {
        List<String> hits = slugs(search(q("harm reduction")));
        assertEquals("harm-reduction-in-practice", hits.get(0), hits.toString());
        assertTrue(hits.size() > 3, "the phrase appears in many bodies: " + hits);
    }

    @Test
    void snippetsCarryOnlyTheHighlightMarkup() {
        List<JsonObject> hits = search(q("case management") + "&size=50").getJsonArray("hits").getValuesAs(JsonObject.class);
        assertFalse(hits.isEmpty(), "hits to check");
        assertTrue(hits.stream().anyMatch(hit -> hit.getString("snippet").contains("<mark>")), "highlighted snippets");
        for (JsonObject hit : hits) {
            String withoutMarks = hit.getString("snippet").replace("<mark>", "").replace("</mark>", "");
            assertFalse(withoutMarks.contains("<") || withoutMarks.contains(">"), hit.getString("snippet"));
        }
    }

    @Test
    void acronymsFindTheTermsTheyStandFor() {
        assertEquals(PDF_SEED, slugs(search(q("OWG"))).get(0));
        assertTrue(slugs(search(q("MAT"))).contains("medications-for-opioid-use-disorder"));
    }

    @Test
    void phrasesAndExclusionsWork() {
        assertTrue(slugs(search(q("\"social contact referral\""))).contains("social-contact-referrals"));
        List<String> harm = slugs(search(q("harm") + "&size=50"));
        List<String> harmWithoutNaloxone = slugs(search(q("harm -naloxone") + "&size=50"));
        assertTrue(harm.contains("harm-reduction-in-practice"));
        assertFalse(harmWithoutNaloxone.contains("harm-reduction-in-practice"), harmWithoutNaloxone.toString());
        assertTrue(harmWithoutNaloxone.size() < harm.size() && !harmWithoutNaloxone.isEmpty());
    }

    @Test
    void aMisspelledQueryGetsASuggestionThatFindsDocuments() {
        JsonObject result = search(q("prosecuter"));

        assertEquals("prosecutor", result.getString("suggestion"));
        assertTrue(search(q(result.getString("suggestion"))).getInt("total") > 0);
        assertTrue(search(q("prosecutor")).isNull("suggestion"), "a word of the text needs no correction");
        // A word that only a document body uses is a valid correction too.
        assertEquals("whiteboard", search(q("whitebaord")).getString("suggestion"));
    }

    @Test
    void facetsCountTheHitsAndNarrowWhenChosen() throws Exception {
        JsonObject all = search("size=50");
        long total = all.getJsonNumber("total").longValue();
        assertEquals(publishedInDatabase(), total);
        JsonObject types = all.getJsonObject("facets").getJsonObject("type");
        assertEquals(total, types.values().stream().mapToLong(v -> ((jakarta.json.JsonNumber) v).longValue()).sum());
        for (String facet : List.of("type", "topic", "audience", "year")) {
            assertFalse(all.getJsonObject("facets").getJsonObject(facet).isEmpty(), facet);
        }

        long toolkits = types.getJsonNumber("TOOLKIT").longValue();
        JsonObject narrowed = search("type=TOOLKIT&size=50");
        assertEquals(toolkits, narrowed.getJsonNumber("total").longValue());
        assertEquals(toolkits, Database.count(
                "select count(*) from library_resource where status = 'PUBLISHED' and resource_type = 'TOOLKIT'"));
        assertEquals(1, narrowed.getJsonObject("facets").getJsonObject("type").size(), "the type facet narrowed too");
        long governanceToolkits = narrowed.getJsonObject("facets").getJsonObject("topic").getJsonNumber("governance").longValue();
        assertEquals(governanceToolkits, search("type=TOOLKIT&topic=governance").getJsonNumber("total").longValue());
        assertTrue(governanceToolkits < toolkits);

        List<JsonObject> year = search("year=2024&audience=officials").getJsonArray("hits").getValuesAs(JsonObject.class);
        assertFalse(year.isEmpty(), "hits to check");
        for (JsonObject hit : year) {
            assertTrue(hit.getString("published").startsWith("2024-"), hit.toString());
        }
    }

    @Test
    void eachDocumentIsSearchedWithItsOwnLanguagesAnalysis() {
        String mark = "lang" + UUID.randomUUID().toString().substring(0, 8);
        String spanish = TestResources.uploadIn("es", "Guía de viviendas de apoyo " + mark, "viviendas.txt",
                "Las viviendas de apoyo, la naloxona y el manejo de casos para las personas que la policía deriva al"
                        + " programa. "
                        + mark, "PUBLISHED");
        String english = TestResources.uploadIn("en", "Trainings for partners " + mark, "trainings.txt",
                "Our trainings prepare case managers and officers to work together. " + mark, "PUBLISHED");
        try {
            // Spanish stemming joins singular and plural; English stemming does the same in English documents.
            assertEquals(List.of(spanish), slugs(search(q("vivienda " + mark))));
            assertEquals(List.of(english), slugs(search(q("training " + mark))));
            // The Spanish glossary: "Narcan" is the naloxona the document speaks of.
            assertEquals(List.of(spanish), slugs(search(q("Narcan " + mark))));

            JsonObject both = search(q(mark));
            assertEquals(2, both.getInt("total"));
            JsonObject languages = both.getJsonObject("facets").getJsonObject("language");
            assertEquals(1, languages.getInt("es"));
            assertEquals(1, languages.getInt("en"));
            assertEquals(List.of(spanish), slugs(search(q(mark) + "&language=es")));
            assertEquals(400, Http.get("/api/search?language=spanish").statusCode());
        } finally {
            TestResources.delete(spanish);
            TestResources.delete(english);
        }
    }

    @Test
    void pagesAreSizedAndOrderedByDateWhenAsked() {
        JsonObject first = search("size=5&page=1&sort=date");
        JsonObject second = search("size=5&page=2&sort=date");
        assertEquals(5, first.getJsonArray("hits").size());
        assertEquals(2, second.getInt("page"));
        String lastOfFirst = first.getJsonArray("hits").getJsonObject(4).getString("published");
        String firstOfSecond = second.getJsonArray("hits").getJsonObject(0).getString("published");
        assertTrue(lastOfFirst.compareTo(firstOfSecond) >= 0);
    }

    @Test
    void draftsAreInvisibleEverywhere() throws Exception {
        String word = "kestrel" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String draft = TestResources.upload("Draft notes " + word, "draft.txt", "Working notes about " + word + ".", "DRAFT");
        assertEquals(1, Database.count("select count(*) from library_resource where slug = ? and status = 'DRAFT'", draft));

        assertEquals(0, search(q(word)).getInt("total"));
        assertEquals(404, Http.get("/library/" + draft).statusCode());
        assertEquals(404, Http.get("/library/" + draft + "/file").statusCode());
        HttpResponse<String> resources = Http.get("/api/resources");
        assertEquals(200, resources.statusCode());
        assertFalse(Http.json(resources).getJsonArray("items").isEmpty(), "the published resources are listed");
        assertFalse(resources.body().contains(draft));
        assertFalse(Http.page(Http.get("/library"), "Resource library").contains(draft));
        var health = Http.json(Http.get("/api/health")).getJsonObject("checks").getJsonObject("searchIndex");
        assertEquals(publishedInDatabase() + Database.count("select count(*) from content_page"),
                health.getJsonNumber("documents").longValue(), "the index holds exactly the published resources");
    }

    @Test
    void snippetsOfAMarkdownDocumentReadAsTextWithoutItsSyntax() {
        String word = "quokka" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String slug = TestResources.upload("Markdown snippets " + word, "snippets.md", """
                # Housing first

                ## Is this %s for everyone?

                **Is this** the %s question?

                - Stable housing %s
                - *Case management* with [the team](https://example.org/team)
                """.formatted(word, word, word), "PUBLISHED");
        try {
            JsonArray hits = search(q(word)).getJsonArray("hits");
            assertEquals(1, hits.size(), hits.toString());
            String snippet = hits.getJsonObject(0).getString("snippet");
            assertTrue(snippet.contains("<mark>" + word + "</mark>"), snippet);
            assertFalse(snippet.contains("#") || snippet.contains("**") || snippet.contains("](")
                    || Pattern.compile("(^|\\n)\\s*- ").matcher(snippet).find(), snippet);
            assertTrue(snippet.contains("Stable housing <mark>" + word + "</mark> · Case management with the team"), snippet);
        } finally {
            TestResources.delete(slug);
        }
    }

    @Test
    void badParametersAnswerAProblemNamingThem() {
        for (String parameters : List.of("year=abc", "size=1000", "page=0", "type=NOVEL", "topic=astrology", "sort=random")) {
            HttpResponse<String> response = Http.get("/api/search?" + parameters);
            assertEquals(400, response.statusCode(), parameters);
            assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
            assertEquals(1, Http.json(response).getJsonArray("errors").size(), parameters);
        }
    }

    @Test
    void titlesCompleteFromWhatWasTyped() {
        List<String> titles = completions("harm re");
        assertTrue(titles.contains("Harm reduction in practice"), titles.toString());
        assertTrue(completions("soc").contains("Social contact referrals: a guide for officers and case managers"));
    }

    private static List<String> completions(String typed) {
        HttpResponse<String> response = Http.get("/api/search/titles?q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode());
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(response.body()))) {
            return reader.readArray().getValuesAs(JsonObject.class).stream().map(o -> o.getString("title")).toList();
        }
    }

    @Test
    void resourcesApiPagesThePublishedResourcesByTopicAndTypeWithoutTheirText() throws Exception {
        JsonObject page = Http.json(Http.get("/api/resources?topic=prosecution&size=2"));
        assertEquals(1, page.getInt("page"));
        assertEquals(2, page.getInt("size"));
        var resources = page.getJsonArray("items").getValuesAs(JsonObject.class);
        assertFalse(resources.isEmpty());
        assertEquals(Database.count("select count(*) from library_resource r join library_resource_topic rt on rt.resource_id = r.id"
                + " join library_topic t on t.id = rt.topic_id where t.slug = 'prosecution' and r.status = 'PUBLISHED'"),
                page.getInt("total"));
        for (JsonObject resource : resources) {
            assertTrue(resource.getJsonArray("topics").getValuesAs(JsonString.class).stream()
                    .anyMatch(topic -> topic.getString().equals("prosecution")));
            assertFalse(resource.containsKey("text") || resource.containsKey("extractedText"), resource.toString());
        }
        assertEquals(400, Http.get("/api/resources?type=NOVEL").statusCode());
    }

    @Test
    void aResourcePageShowsItsMetadataAndItsFileDownloadsAsAnAttachment() {
        HttpResponse<String> page = Http.get("/library/officer-field-guide");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("LEAD field guide for patrol officers"));
        assertTrue(page.body().contains("href=\"/library/officer-field-guide/file\""));

        HttpResponse<byte[]> file = Http.getBytes("/library/officer-field-guide/file");
        assertEquals(200, file.statusCode());
        assertEquals("application/pdf", file.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(file.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
        assertTrue(file.headers().firstValue("Content-Disposition").orElse("").contains("officer-field-guide.pdf"));
        assertEquals("nosniff", file.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("%PDF", new String(file.body(), 0, 4, StandardCharsets.US_ASCII));

        assertEquals(404, Http.get("/library/no-such-resource").statusCode());
        assertEquals(404, Http.get("/library/officer-field-guide/other").statusCode());
    }

    @Test
    void theLibraryPageListsNewestFirstAndTheSearchPageKeepsTheQueryInTheUrl() {
        String library = Http.get("/library").body();
        Pattern dates = Pattern.compile("class=\"result__title\"><a href=\"/library/([a-z0-9-]+)\"");
        var matcher = dates.matcher(library);
        assertTrue(matcher.find());
        assertEquals("introducing-lead-to-elected-officials", matcher.group(1), "the newest published resource comes first");

        HttpResponse<String> search = Http.get("/search?q=whiteboard");
        assertEquals(200, search.statusCode());
        assertTrue(search.body().contains("1 result"), "the count is announced");
        assertTrue(search.body().contains("<mark>whiteboard</mark>") || search.body().contains("<mark>Whiteboard</mark>"));
        assertEquals(400, Http.get("/search?year=abc").statusCode());
    }
}

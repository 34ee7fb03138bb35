package org.leadbureau.portal.platform.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A small judged set: the Bureau's everyday queries over the seeded guidance mixed with unrelated text that shares
 * only a stem with them under an aggressive stemmer. The guidance must come first, and a distractor must never
 * be found through a conflated word (Porter stemming made "diversion" find "biological diversity" first).
 */
class JudgedQueriesTest {

    /** Seeded guidance documents (content module), each about the queries below. */
    private static final List<String> GUIDANCE = List.of("lead-core-principles", "referral-pathways-explained",
            "case-management-in-lead", "harm-reduction-in-practice", "role-of-prosecutors", "housing-and-lead",
            "lead-glossary", "lead-faq");

    /** Unrelated text that an aggressive stemmer ties to the queries. */
    private static final Map<String, String> DISTRACTORS = Map.of(
            "biodiversity", "European strategies on biological diversity: member states protect the diversity of"
                    + " species and habitats, and diverse landscapes.",
            "parliament", "The House adjourned after the vote. Members of the Houses met again in the new house"
                    + " of the assembly.",
            "fisheries", "Harmful algae reduce fish stocks; reducing harmful fishing gear is the committee's aim.",
            "trade", "Diverse products were diverted through the port; the committee discussed diversified supply.");

    private static Directory directory;
    private static IndexSearcher searcher;
    private static DirectoryReader reader;

    @BeforeAll
    static void indexGuidanceAndDistractors() throws IOException {
        directory = new ByteBuffersDirectory();
        try (Analyzer analyzer = AnalysisChainsTest.build(AnalysisChains.ENGLISH);
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (String slug : GUIDANCE) {
                writer.addDocument(document(slug, seedText(slug)));
            }
            for (var distractor : DISTRACTORS.entrySet()) {
                writer.addDocument(document(distractor.getKey(), distractor.getValue()));
            }
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        directory.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"diversion", "housing", "case management", "harm reduction", "prosecutor"})
    void theGuidanceComesFirstAndNoDistractorIsFound(String query) throws IOException {
        List<String> hits = search(query);
        assertFalse(hits.isEmpty(), "no hit for " + query);
        assertTrue(GUIDANCE.contains(hits.get(0)), query + " ranked " + hits.get(0) + " first: " + hits);
        for (String distractor : DISTRACTORS.keySet()) {
            assertFalse(hits.contains(distractor), query + " found the unrelated " + distractor + ": " + hits);
        }
    }

    private static List<String> search(String query) throws IOException {
        var builder = new BooleanQuery.Builder();
        try (Analyzer analyzer = AnalysisChainsTest.build(AnalysisChains.ENGLISH_SYNONYMS);
                var stream = analyzer.tokenStream("text", query)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                builder.add(new TermQuery(new Term("text", term.toString())), BooleanClause.Occur.SHOULD);
            }
            stream.end();
        }
        List<String> slugs = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(builder.build(), 20).scoreDocs) {
            slugs.add(searcher.storedFields().document(hit.doc).get("slug"));
        }
        return slugs;
    }

    private static Document document(String slug, String text) {
        Document document = new Document();
        document.add(new StoredField("slug", slug));
        document.add(new TextField("text", text, Field.Store.NO));
        return document;
    }

    private static String seedText(String slug) throws IOException {
        try (InputStream in = JudgedQueriesTest.class.getClassLoader()
                .getResourceAsStream("content/library/files/" + slug + ".md")) {
            if (in == null) {
                throw new IOException("no seeded Markdown file for " + slug);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

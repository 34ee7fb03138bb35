package org.leadbureau.portal.platform.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The analysis OpenSearch is given: the same chains as the embedded index, its lists written inline. */
class OpenSearchAnalysisTest {

    private static final Set<String> BUILT_IN = Set.of("lowercase", "asciifolding", "kstem");

    private final OpenSearchAnalysis analysis = OpenSearchAnalysis.portal();

    @Test
    void everyAnalyzerIsDefinedWithFiltersOpenSearchKnows() {
        assertEquals(AnalysisChains.ALL.keySet(), analysis.analyzers().keySet());
        analysis.analyzers().forEach((name, analyzer) -> {
            assertEquals(AnalysisChains.ALL.get(name).filters().size(), analyzer.filters().size(), name);
            for (String filter : analyzer.filters()) {
                assertTrue(BUILT_IN.contains(filter) || analysis.filters().containsKey(filter), name + ": " + filter);
            }
        });
    }

    @Test
    void englishSynonymsKeepTheEmbeddedOrderWithTheListInline() {
        assertEquals(List.of("lowercase", "asciifolding", "english_synonyms_englishPossessive",
                "english_synonyms_synonymGraph", "english_synonyms_stop", "kstem"),
                analysis.analyzers().get(Analyzers.ENGLISH_SYNONYMS).filters());
        OpenSearchAnalysis.Component synonyms = analysis.filters().get("english_synonyms_synonymGraph");
        assertEquals("synonym_graph", synonyms.type());
        List<?> rules = (List<?>) synonyms.params().get("synonyms");
        assertTrue(rules.contains("owg, operational workgroup, operational work group"), rules.toString());
        assertTrue(rules.stream().noneMatch(rule -> rule.toString().isBlank() || rule.toString().startsWith("#")));
        assertEquals(Map.of("stopwords", "_english_"), analysis.filters().get("english_synonyms_stop").params());
        assertEquals(Map.of("language", "possessive_english"),
                analysis.filters().get("english_synonyms_englishPossessive").params());
    }

    @Test
    void spanishStopsItsListInAnyCaseAndStemsLightly() {
        OpenSearchAnalysis.Component stop = analysis.filters().get("spanish_stop");
        assertEquals(true, stop.params().get("ignore_case"));
        assertTrue(((List<?>) stop.params().get("stopwords")).containsAll(List.of("de", "la", "para")));
        assertEquals(Map.of("language", "light_spanish"), analysis.filters().get("spanish_spanishLightStem").params());
        assertFalse(analysis.filters().containsKey("spanish_lowercase"), "lower-casing is built in");
    }

    @Test
    void autocompleteGramsAreTheEmbeddedOnes() {
        assertEquals(new OpenSearchAnalysis.Component("edge_ngram", Map.of("min_gram", 1, "max_gram", 20)),
                analysis.filters().get("autocomplete_edgeNGram"));
    }

    @Test
    void aFilterWithoutAnOpenSearchEquivalentIsRefused() {
        var chain = new AnalysisChains.Chain("standard", List.of(new AnalysisChains.Filter("porterStem", Map.of())));
        assertThrows(IllegalArgumentException.class, () -> new OpenSearchAnalysis(Map.of("x", chain), path -> List.of()));
    }
}

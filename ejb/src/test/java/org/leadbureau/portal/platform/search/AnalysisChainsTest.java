package org.leadbureau.portal.platform.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** The analyzers built with plain Lucene ({@link ChainAnalyzers}, also used by other tests through {@link #build}) from the same chains, and the synonym list of the content module. */
public class AnalysisChainsTest {

    public static Analyzer build(AnalysisChains.Chain chain) {
        return ChainAnalyzers.build(chain);
    }

    private static Set<String> tokens(AnalysisChains.Chain chain, String text) throws IOException {
        Set<String> tokens = new LinkedHashSet<>();
        try (Analyzer analyzer = build(chain); var stream = analyzer.tokenStream("f", text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }

    /** Whether every word the index keeps for {@code indexed} is among the query's tokens. */
    private static boolean queryReaches(String query, String indexed) throws IOException {
        return tokens(AnalysisChains.ENGLISH_SYNONYMS, query).containsAll(tokens(AnalysisChains.ENGLISH, indexed));
    }

    @Test
    void acronymsExpandToTheTermsTheDocumentsUse() throws IOException {
        assertTrue(queryReaches("OWG", "operational workgroup"));
        assertTrue(queryReaches("PCG", "policy coordinating group"));
        assertTrue(queryReaches("SUD", "substance use disorder"));
        assertTrue(queryReaches("CM", "case management"));
        assertTrue(queryReaches("LEAD", "law enforcement assisted diversion"));
    }

    @Test
    void termsExpandBothWaysAndThroughStemming() throws IOException {
        assertTrue(queryReaches("MAT", "MOUD"));
        assertTrue(queryReaches("MOUD", "medication assisted treatment"));
        assertTrue(queryReaches("operational workgroup", "OWG"));
        assertTrue(queryReaches("social contact referral", "social referral"));
        assertTrue(queryReaches("needle exchange", "syringe services"));
        assertTrue(queryReaches("Narcan", "naloxone"));
    }

    @Test
    void unrelatedWordsDoNotExpand() throws IOException {
        assertFalse(queryReaches("housing", "case management"));
        assertTrue(tokens(AnalysisChains.ENGLISH_SYNONYMS, "housing").equals(tokens(AnalysisChains.ENGLISH, "housing")));
    }

    @Test
    void theIndexSideStemsAndDropsStopWords() throws IOException {
        assertEquals(Set.of("prosecutor", "refer"), tokens(AnalysisChains.ENGLISH, "The prosecutors' referrals"));
        assertFalse(tokens(AnalysisChains.ENGLISH, "the of and").iterator().hasNext());
    }

    @Test
    void theStemmerKeepsApartWordsThatOnlyLookAlike() throws IOException {
        assertEquals(tokens(AnalysisChains.ENGLISH, "training"), tokens(AnalysisChains.ENGLISH, "trainings"));
        assertEquals(Set.of("housing"), tokens(AnalysisChains.ENGLISH, "housing"));
        assertEquals(Set.of("house"), tokens(AnalysisChains.ENGLISH, "Houses"));
        assertEquals(Set.of("diversion"), tokens(AnalysisChains.ENGLISH, "diversions"));
        assertEquals(Set.of("diversity"), tokens(AnalysisChains.ENGLISH, "diversity"));
    }

    @Test
    void titlesAreIndexedAsPrefixesForAutocomplete() throws IOException {
        Set<String> indexed = tokens(AnalysisChains.AUTOCOMPLETE, "Harm reduction");
        assertTrue(indexed.containsAll(Set.of("h", "ha", "har", "harm", "re", "red")));
        assertTrue(indexed.containsAll(tokens(AnalysisChains.AUTOCOMPLETE_QUERY, "Harm red")));
    }

    @Test
    void spanishJoinsSingularAndPluralDropsItsStopWordsAndKnowsTheGlossary() throws IOException {
        assertEquals(tokens(AnalysisChains.SPANISH, "vivienda"), tokens(AnalysisChains.SPANISH, "viviendas"));
        assertEquals(tokens(AnalysisChains.SPANISH, "reducción"), tokens(AnalysisChains.SPANISH, "reduccion"));
        assertFalse(tokens(AnalysisChains.SPANISH, "de la los para").iterator().hasNext());
        assertTrue(tokens(AnalysisChains.SPANISH_SYNONYMS, "Narcan").containsAll(tokens(AnalysisChains.SPANISH, "naloxona")));
        assertTrue(tokens(AnalysisChains.SPANISH_SYNONYMS, "LEAD").containsAll(tokens(AnalysisChains.SPANISH, "desvío prejudicial")));
        assertEquals(Set.of("housing"), tokens(AnalysisChains.STANDARD, "Housing"));
    }

    @Test
    void aDocumentsLanguageChoosesItsAnalysis() {
        assertEquals(SearchLanguage.SPANISH, SearchLanguage.of("es-MX"));
        assertEquals(SearchLanguage.ENGLISH, SearchLanguage.of(null));
        assertEquals(SearchLanguage.OTHER, SearchLanguage.of("lv"));
        assertEquals("body_es", SearchLanguage.SPANISH.field("body"));
    }

    /** What the index was written with is compared across restarts and nodes: the same chains, the same text. */
    @Test
    void theDescriptionOfTheChainsDoesNotDependOnTheOrderTheirParametersWereGiven() {
        Map<String, String> oneWay = new LinkedHashMap<>();
        oneWay.put("words", AnalysisChains.STOP_WORDS_ES);
        oneWay.put("ignoreCase", "true");
        Map<String, String> otherWay = new LinkedHashMap<>();
        otherWay.put("ignoreCase", "true");
        otherWay.put("words", AnalysisChains.STOP_WORDS_ES);
        assertEquals(
                AnalysisChains.describe(Map.of("spanish", chainStopping(oneWay), "english", AnalysisChains.ENGLISH)),
                AnalysisChains.describe(Map.of("english", AnalysisChains.ENGLISH, "spanish", chainStopping(otherWay))));
        assertTrue(AnalysisChains.describe(AnalysisChains.ALL).contains(
                "stop{ignoreCase=true, words=" + AnalysisChains.STOP_WORDS_ES + "}"), AnalysisChains.describe(AnalysisChains.ALL));
    }

    private static AnalysisChains.Chain chainStopping(Map<String, String> params) {
        return new AnalysisChains.Chain("standard", List.of(new AnalysisChains.Filter("stop", params)));
    }
}

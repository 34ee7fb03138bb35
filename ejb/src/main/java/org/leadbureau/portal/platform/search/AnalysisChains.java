package org.leadbureau.portal.platform.search;

import java.util.List;
import java.util.Map;

/**
 * The analyzers as data: a tokenizer and token filters named as Lucene's factories are, so the same chain
 * configures Hibernate Search ({@link PortalAnalysisConfigurer}) and can be built with plain Lucene in tests.
 */
public final class AnalysisChains {

    /** The synonym list, kept as data in the content module (Solr format). */
    public static final String SYNONYMS = "content/library/synonyms.txt";

    /** One token filter and its parameters. */
    public record Filter(String name, Map<String, String> params) {
        static Filter of(String name) {
            return new Filter(name, Map.of());
        }
    }

    /** A tokenizer followed by token filters. */
    public record Chain(String tokenizer, List<Filter> filters) {
    }

    private static final List<Filter> FOLD = List.of(Filter.of("lowercase"), Filter.of("asciiFolding"));

    // KStem, not Porter: Porter merges "housing" with "House" and "diversion" with "diversity", which put unrelated
    // documents first for the Bureau's everyday words; KStem only removes inflections it finds in its dictionary.
    public static final Chain ENGLISH = new Chain("standard", List.of(
            Filter.of("lowercase"), Filter.of("asciiFolding"), Filter.of("englishPossessive"),
            Filter.of("stop"), Filter.of("kStem")));

    // Synonyms before stop words and stemming: the list is written as people type the terms.
    public static final Chain ENGLISH_SYNONYMS = new Chain("standard", List.of(
            Filter.of("lowercase"), Filter.of("asciiFolding"), Filter.of("englishPossessive"),
            new Filter("synonymGraph", Map.of("synonyms", SYNONYMS, "ignoreCase", "true", "expand", "true")),
            Filter.of("stop"), Filter.of("kStem")));

    public static final Chain AUTOCOMPLETE = new Chain("standard", List.of(
            FOLD.get(0), FOLD.get(1), new Filter("edgeNGram", Map.of("minGramSize", "1", "maxGramSize", "20"))));

    public static final Chain AUTOCOMPLETE_QUERY = new Chain("standard", FOLD);

    public static final Chain SPELLING = new Chain("standard", List.of(Filter.of("lowercase")));

    /** Every analyzer by its name in {@link Analyzers}. */
    public static final Map<String, Chain> ALL = Map.of(
            Analyzers.ENGLISH, ENGLISH,
            Analyzers.ENGLISH_SYNONYMS, ENGLISH_SYNONYMS,
            Analyzers.AUTOCOMPLETE, AUTOCOMPLETE,
            Analyzers.AUTOCOMPLETE_QUERY, AUTOCOMPLETE_QUERY,
            Analyzers.SPELLING, SPELLING);

    private AnalysisChains() {
    }
}

package org.leadbureau.portal.platform.search;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The analyzers as data: a tokenizer and token filters named as Lucene's factories are, so the same chain
 * configures Hibernate Search ({@link PortalAnalysisConfigurer}) and can be built with plain Lucene in tests.
 */
public final class AnalysisChains {

    /** The synonym list, kept as data in the content module (Solr format). */
    public static final String SYNONYMS = "content/library/synonyms.txt";
    /** The Spanish glossary's synonyms ("manejo de casos, gestión de casos"), the same format. */
    public static final String SYNONYMS_ES = "content/library/synonyms_es.txt";
    /** Spanish stop words, one per line. */
    public static final String STOP_WORDS_ES = "content/library/stopwords_es.txt";

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

    // Spanish: stop words before stemming (the list is written with its accents); the light stemmer folds accents
    // itself and joins singular and plural ("vivienda", "viviendas") without merging unrelated words.
    private static final Filter STOP_ES = new Filter("stop", Map.of("words", STOP_WORDS_ES, "ignoreCase", "true"));

    public static final Chain SPANISH = new Chain("standard", List.of(
            Filter.of("lowercase"), STOP_ES, Filter.of("spanishLightStem")));

    public static final Chain SPANISH_SYNONYMS = new Chain("standard", List.of(
            Filter.of("lowercase"),
            new Filter("synonymGraph", Map.of("synonyms", SYNONYMS_ES, "ignoreCase", "true", "expand", "true")),
            STOP_ES, Filter.of("spanishLightStem")));

    /** Any other language: words as written, lower-cased and folded, neither stemmed nor stopped. */
    public static final Chain STANDARD = new Chain("standard", FOLD);

    public static final Chain AUTOCOMPLETE = new Chain("standard", List.of(
            FOLD.get(0), FOLD.get(1), new Filter("edgeNGram", Map.of("minGramSize", "1", "maxGramSize", "20"))));

    public static final Chain AUTOCOMPLETE_QUERY = STANDARD;

    public static final Chain SPELLING = new Chain("standard", List.of(Filter.of("lowercase")));

    /** Every analyzer by its name in {@link Analyzers}. */
    public static final Map<String, Chain> ALL = Map.of(
            Analyzers.ENGLISH, ENGLISH,
            Analyzers.ENGLISH_SYNONYMS, ENGLISH_SYNONYMS,
            Analyzers.SPANISH, SPANISH,
            Analyzers.SPANISH_SYNONYMS, SPANISH_SYNONYMS,
            Analyzers.STANDARD, STANDARD,
            Analyzers.AUTOCOMPLETE, AUTOCOMPLETE,
            Analyzers.AUTOCOMPLETE_QUERY, AUTOCOMPLETE_QUERY,
            Analyzers.SPELLING, SPELLING);

    private AnalysisChains() {
    }

    /**
     * The chains as text that every JVM writes alike, names and parameters sorted: what an index was written with.
     * (A {@code Map.of}'s order, and so its {@code toString}, changes from one JVM to the next, which made every
     * start take the index for one written with other analyzers.)
     */
    static String describe(Map<String, Chain> chains) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(chains).forEach((name, chain) -> {
            text.append(name).append(": ").append(chain.tokenizer());
            chain.filters().forEach(filter -> text.append(" | ").append(filter.name()).append(new TreeMap<>(filter.params())));
            text.append('\n');
        });
        return text.toString();
    }
}

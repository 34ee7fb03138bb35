package org.leadbureau.portal.platform.search;

/** Names of the analyzers defined in {@link PortalAnalysisConfigurer}, for use in mapping annotations. */
public final class Analyzers {

    /** English prose: lower-cased, ASCII-folded, stop words kept out, KStem-stemmed (a light, dictionary-based English stemmer). */
    public static final String ENGLISH = "english";

    /**
     * Query side of {@link #ENGLISH}: the same chain plus the field's synonyms and acronyms (LEAD, MOUD, OWG...),
     * read from the content module ({@link AnalysisChains#SYNONYMS}), expanded at query time only so that
     * editing the list needs no reindexing.
     */
    public static final String ENGLISH_SYNONYMS = "english_synonyms";

    /** Spanish prose: lower-cased, Spanish stop words kept out, light Spanish stemming (which folds accents). */
    public static final String SPANISH = "spanish";

    /** Query side of {@link #SPANISH}, with the Spanish glossary's synonyms ({@link AnalysisChains#SYNONYMS_ES}). */
    public static final String SPANISH_SYNONYMS = "spanish_synonyms";

    /** Text in any other language: words lower-cased and folded, neither stemmed nor stopped. */
    public static final String STANDARD = "standard_folded";

    /** Titles for autocomplete, indexed as edge n-grams of each word ("harm" → ha, har, harm). */
    public static final String AUTOCOMPLETE = "autocomplete";

    /** Query side of {@link #AUTOCOMPLETE}: words as typed, lower-cased and folded, not n-grammed. */
    public static final String AUTOCOMPLETE_QUERY = "autocomplete_query";

    /** Words as written, only lower-cased (not folded, not stemmed): the vocabulary of "did you mean". */
    public static final String SPELLING = "spelling";

    private Analyzers() {
    }
}

package org.leadbureau.portal.platform.search;

import java.util.Locale;

/**
 * The languages the library's text is analysed in: a document's title, summary and text go to the fields of its
 * language, whose analyzer stems and stops words as that language needs; a language without analyzers of its own
 * goes to {@link #OTHER}, words as written.
 */
public enum SearchLanguage {
    ENGLISH("en", Analyzers.ENGLISH, Analyzers.ENGLISH_SYNONYMS),
    SPANISH("es", Analyzers.SPANISH, Analyzers.SPANISH_SYNONYMS),
    OTHER("other", Analyzers.STANDARD, Analyzers.STANDARD);

    private final String suffix;
    private final String analyzer;
    private final String searchAnalyzer;

    SearchLanguage(String suffix, String analyzer, String searchAnalyzer) {
        this.suffix = suffix;
        this.analyzer = analyzer;
        this.searchAnalyzer = searchAnalyzer;
    }

    /** The analysis for a language code ("es", "es-MX"); English for none. */
    public static SearchLanguage of(String code) {
        if (code == null || code.isBlank()) {
            return ENGLISH;
        }
        String language = Locale.forLanguageTag(code.strip()).getLanguage();
        for (SearchLanguage each : values()) {
            if (each != OTHER && each.suffix.equals(language)) {
                return each;
            }
        }
        return OTHER;
    }

    /** The index field of {@code base} ("title", "body") for text in this language: "title_es". */
    public String field(String base) {
        return base + "_" + suffix;
    }

    public String analyzer() {
        return analyzer;
    }

    public String searchAnalyzer() {
        return searchAnalyzer;
    }
}

package org.leadbureau.portal.library.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.library.control.FacetCount;
import org.leadbureau.portal.platform.i18n.Language;

/** A facet speaks the reader's language, and offers the reader's own language first. */
class FacetLanguageTest {

    private static final List<FacetCount> LANGUAGES = List.of(new FacetCount("en", "English", 40, false),
            new FacetCount("es", "Spanish", 3, false), new FacetCount("lv", "Latvian", 1, true));

    @Test
    void aSpanishReaderIsOfferedSpanishFirstThenTheOthersByCount() {
        List<FacetCount> shown = ResultsView.inReadersLanguage("language", LANGUAGES, Language.ES);

        assertEquals(List.of("Español", "Inglés", "Letón"), shown.stream().map(FacetCount::getLabel).toList());
        assertEquals(List.of(3L, 40L, 1L), shown.stream().map(FacetCount::getCount).toList());
        assertEquals(List.of(false, false, true), shown.stream().map(FacetCount::isSelected).toList());
    }

    @Test
    void anEnglishReaderKeepsTheOrderByCountWithEnglishNames() {
        List<FacetCount> shown = ResultsView.inReadersLanguage("language", LANGUAGES, Language.EN);

        assertEquals(List.of("English", "Spanish", "Latvian"), shown.stream().map(FacetCount::getLabel).toList());
    }

    @Test
    void typesAreNamedFromTheBundleAndSortedForTheReader() {
        List<FacetCount> types = List.of(new FacetCount("GUIDE", "Guide", 2, false),
                new FacetCount("REPORT", "Report", 5, false), new FacetCount("EVALUATION", "Evaluation", 1, false));

        assertEquals(List.of("Evaluación", "Guía", "Informe"), ResultsView.inReadersLanguage("type", types,
                Language.ES).stream().map(FacetCount::getLabel).toList());
        assertEquals(List.of("Evaluation", "Guide", "Report"), ResultsView.inReadersLanguage("type", types,
                Language.EN).stream().map(FacetCount::getLabel).toList());
    }
}

package org.leadbureau.portal.library.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.platform.search.AnalysisChains;
import org.leadbureau.portal.platform.search.AnalysisChainsTest;

class SnippetMakerTest {

    private final SnippetMaker maker;

    SnippetMakerTest() throws IOException {
        maker = new SnippetMaker(AnalysisChainsTest.build(AnalysisChains.ENGLISH),
                AnalysisChainsTest.build(AnalysisChains.ENGLISH_SYNONYMS));
    }

    private static String html(String marked) {
        return Snippets.toSafeHtml(marked);
    }

    @Test
    void marksTheWordsAsTheIndexMatchesThemThroughStemsAndSynonyms() {
        assertEquals("Officers make <mark>referrals</mark> to the <mark>operational</mark> <mark>workgroup</mark>.",
                html(maker.snippet("referral OWG", "Officers make referrals to the operational workgroup.")));
    }

    @Test
    void excludedWordsAreNotMarkedAndAbsentWordsGiveNoSnippet() {
        assertEquals("<mark>Harm</mark> reduction and naloxone.", html(maker.snippet("harm -naloxone", "Harm reduction and naloxone.")));
        assertNull(maker.snippet("housing", "Harm reduction and naloxone."));
        assertNull(maker.snippet("", "text"));
    }

    @Test
    void aLongTextGivesThePassageWhereTheWordsClusterTrimmedAtWords() {
        String text = "Filler words here. ".repeat(40) + "The prosecutor coordinates charging decisions with case management. "
                + "More filler words. ".repeat(40);

        String snippet = maker.snippet("prosecutor case management", text);

        assertTrue(snippet.startsWith("… ") && snippet.endsWith(" …"), snippet);
        assertTrue(html(snippet).contains("The <mark>prosecutor</mark> coordinates charging decisions with <mark>case</mark> <mark>management</mark>."),
                html(snippet));
        assertTrue(snippet.length() <= SnippetMaker.LENGTH + 10, snippet);
    }
}

package org.leadbureau.portal.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Markdown read as a reader reads it; the expected texts are written out by hand. */
class PlainTextTest {

    @Test
    void headingsAndParagraphsLoseTheirSyntaxAndStandOnTheirOwnLines() {
        String markdown = """
                # Housing and LEAD

                ## Housing first

                LEAD sites **do not** require *sobriety* before
                housing, and `HMIS` records help.

                ---

                > Stay with people through setbacks.
                """;

        assertEquals("Housing and LEAD\n\nHousing first\n\nLEAD sites do not require sobriety before housing, and HMIS"
                + " records help.\n\nStay with people through setbacks.", PlainText.fromMarkdown(markdown));
    }

    @Test
    void listItemsGoOnOneLineJoinedByADot() {
        String markdown = """
                Questions still open:

                - How peer navigators are **recruited**.
                - How their role differs:
                  - from case managers
                  - from outreach workers
                1. First
                2. Second
                """;

        assertEquals("Questions still open:\n\nHow peer navigators are recruited. · How their role differs: · from case"
                + " managers · from outreach workers\n\nFirst · Second", PlainText.fromMarkdown(markdown));
    }

    @Test
    void linksKeepTheirWordsImagesTheirAlternativeTextAndRawHtmlIsDropped() {
        String markdown = """
                **Is this [the FAQ](https://example.org/faq)?** See ![the map](map.png) <br> too.

                <div class="note">A <em>boxed</em> note</div>
                """;

        assertEquals("Is this the FAQ? See the map too.\n\nA boxed note", PlainText.fromMarkdown(markdown));
    }

    @Test
    void codeBlocksKeepTheirText() {
        assertEquals("Run it:\n\nmvn verify", PlainText.fromMarkdown("Run it:\n\n```sh\nmvn verify\n```\n"));
    }

    @Test
    void tidyingCollapsesSpacesTrimsLinesAndKeepsOneBlankLine() {
        assertEquals("Harm reduction\nMeet people where they are.\n\nNaloxone",
                PlainText.tidy("  Harm   reduction \r\n\tMeet people  where they are.\n\n\n\n  Naloxone \n"));
    }

    @Test
    void textInAnyScriptPassesUnchanged() {
        assertEquals("Guía rápida · 个案管理指南 🚀", PlainText.fromMarkdown("- Guía rápida\n- 个案管理指南 🚀"));
    }
}

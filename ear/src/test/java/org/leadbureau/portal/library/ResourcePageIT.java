package org.leadbureau.portal.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.SharedPortal;

/** A document's page reads as a document: Markdown and HTML formatted and sanitised, the download untouched. */
@SharedPortal
class ResourcePageIT {

    @Test
    void aMarkdownDocumentIsShownFormattedNotAsItsSyntax() {
        var page = Http.get("/library/case-management-in-lead");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<h1 lang=\"en\">Case management in LEAD</h1>"), "the resource's own page");

        assertTrue(page.body().contains("<h4>The relationship comes first</h4>"), "a Markdown heading as a heading, below the page's h2");
        assertFalse(page.body().contains("## The relationship comes first"), "no Markdown syntax on the page");

        var file = Http.get("/library/case-management-in-lead/file");
        assertEquals(200, file.statusCode());
        assertTrue(file.body().startsWith("# Case management in LEAD"), "the download keeps the original file");
    }

    @Test
    void anHtmlDocumentKeepsItsStructureWithoutItsHead() {
        var page = Http.get("/library/information-sharing-agreement");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<h1 lang=\"en\">Information-sharing agreement: a template</h1>"), "the resource's own page");

        assertTrue(page.body().contains("<h4>1. Parties and purpose</h4>"), "the document's h2, below the page's h2");
        assertFalse(page.body().contains("<meta charset=\"utf-8\"><title>"), "the document's head is not copied in");
    }
}

package org.leadbureau.portal.library.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FileKindTest {

    private static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Test
    void theExtensionNamesTheKindWhateverItsCase() {
        assertEquals(Optional.of(FileKind.PDF), FileKind.byFileName("Guide.PDF"));
        assertEquals(Optional.of(FileKind.DOCX), FileKind.byFileName("policy.template.docx"));
        assertEquals(Optional.of(FileKind.HTML), FileKind.byFileName("page.htm"));
        assertEquals(Optional.of(FileKind.MARKDOWN), FileKind.byFileName("notes.md"));
        assertEquals(Optional.of(FileKind.TEXT), FileKind.byFileName("readme.txt"));
    }

    @Test
    void unknownOrMissingExtensionsAreNotAccepted() {
        assertEquals(Optional.empty(), FileKind.byFileName("tool.exe"));
        assertEquals(Optional.empty(), FileKind.byFileName("README"));
        assertEquals(Optional.empty(), FileKind.byFileName("trailing."));
        assertEquals(Optional.empty(), FileKind.byFileName("old.doc"));
        assertEquals(Optional.empty(), FileKind.byFileName(null));
    }

    @Test
    void theDetectedTypeMustAgreeWithTheName() {
        assertTrue(FileKind.PDF.agreesWith("application/pdf"));
        assertFalse(FileKind.PDF.agreesWith("text/plain"), "a text file renamed .pdf");
        assertTrue(FileKind.DOCX.agreesWith(DOCX_TYPE));
        assertFalse(FileKind.DOCX.agreesWith("application/zip"), "a plain zip renamed .docx");
        assertFalse(FileKind.DOCX.agreesWith("application/pdf"));
        assertTrue(FileKind.HTML.agreesWith("text/html; charset=UTF-8"), "parameters are ignored");
        assertFalse(FileKind.HTML.agreesWith("application/pdf"));
        assertTrue(FileKind.MARKDOWN.agreesWith("text/plain"), "Markdown has no signature of its own");
        assertFalse(FileKind.TEXT.agreesWith("application/x-msdownload"), "a program renamed .txt");
        assertFalse(FileKind.TEXT.agreesWith(null));
    }

    @Test
    void theAcceptedExtensionsAreListedForMessages() {
        String listed = FileKind.acceptedExtensions();
        for (String extension : new String[] {".pdf", ".docx", ".html", ".htm", ".md", ".markdown", ".txt"}) {
            assertTrue(listed.contains(extension), listed);
        }
    }
}

package org.leadbureau.portal.library.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.platform.rules.InvalidInputException;

class ImportManifestTest {

    private static final String HEADER = "file,title,summary,type,topics,audiences,published,status,language\r\n";

    @Test
    void eachLineNamesItsFileAndMetadataCountingTheHeaderAsLineOne() {
        List<ImportManifest.Line> lines = ImportManifest.read(new StringReader(HEADER
                + "guides/housing.md,Housing first,\"Why housing comes first.\",GUIDE,housing; harm-reduction,police,2024-05-01,PUBLISHED,en\r\n"
                + "faq.txt,FAQ,Questions,FAQ,policing,,2023-01-15,,\r\n"));

        assertEquals(2, lines.size());
        ImportManifest.Line first = lines.get(0);
        assertEquals(2, first.number());
        assertEquals("guides/housing.md", first.file());
        assertEquals("Housing first", first.form().title());
        assertEquals(List.of("housing", "harm-reduction"), first.form().topics());
        assertEquals(List.of("police"), first.form().audiences());
        assertEquals("2024-05-01", first.form().published());
        assertEquals("PUBLISHED", first.form().status());
        assertEquals("en", first.form().language());
        ImportManifest.Line second = lines.get(1);
        assertEquals(3, second.number());
        assertEquals(List.of(), second.form().audiences());
        assertNull(second.form().language(), "no language: detected from the text");
        assertEquals("", second.form().status());
    }

    @Test
    void aSpreadsheetsByteOrderMarkAndCapitalisedHeadersReadTheSame() {
        List<ImportManifest.Line> lines = ImportManifest.read(new StringReader("\uFEFF" + HEADER.toUpperCase()
                + "a.txt,A,B,GUIDE,policing,police,2024-01-01,DRAFT,es\r\n"));

        assertEquals("a.txt", lines.get(0).file());
        assertEquals("es", lines.get(0).form().language());
    }

    @Test
    void aSummaryOverSeveralLinesStaysOneLine() {
        List<ImportManifest.Line> lines = ImportManifest.read(new StringReader(HEADER
                + "a.txt,A,\"First line.\nSecond line.\",GUIDE,policing,police,2024-01-01,DRAFT,en\r\n"));

        assertEquals("First line.\nSecond line.", lines.get(0).form().summary());
    }

    @Test
    void aManifestWithoutTheColumnsIsRefusedNamingWhatIsMissing() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> ImportManifest.read(new StringReader("file,title\r\na.txt,A\r\n")));

        assertTrue(refused.getFieldErrors().get("manifest").contains("audiences, language, published, status, summary,"
                + " topics, type"), refused.getMessage());
    }
}

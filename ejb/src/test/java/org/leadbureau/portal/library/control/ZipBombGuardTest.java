package org.leadbureau.portal.library.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ZipBombGuardTest {

    @Test
    void anOrdinaryDocumentInflatesSafely() throws IOException {
        assertTrue(ZipBombGuard.inflatesSafely(TestDocuments.docx("An ordinary paragraph.")));
    }

    @Test
    void aContainerInflatingFarPastItsSizeDoesNot() throws IOException {
        assertFalse(ZipBombGuard.inflatesSafely(TestDocuments.zipBombDocx(20L * 1024 * 1024)),
                "20 MB from a few kilobytes");
    }

    @Test
    void somethingThatIsNotAZipIsLeftToTheParser() {
        assertTrue(ZipBombGuard.inflatesSafely("not a zip".getBytes(StandardCharsets.UTF_8)));
    }
}

package org.leadbureau.portal.library.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.library.control.FileRefusedException.Reason;

/** Real Tika on real files made here with PDFBox and POI. */
class TextExtractorTest {

    private static final ExecutorService EXECUTOR = Executors.newCachedThreadPool();
    private final TextExtractor extractor = TextExtractor.standard(EXECUTOR);

    @AfterAll
    static void stop() {
        EXECUTOR.shutdownNow();
    }

    @Test
    void readsTheTextOfAPdfAndRecordsItsFacts() throws Exception {
        byte[] pdf = TestDocuments.pdf("Operational workgroup minutes mention the quokka protocol.", null);

        Extraction extraction = extractor.extract("minutes.pdf", pdf);

        assertEquals(FileKind.PDF, extraction.kind());
        assertEquals("application/pdf", extraction.mediaType());
        assertEquals(pdf.length, extraction.sizeBytes());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)), extraction.sha256());
        assertTrue(extraction.text().contains("quokka protocol"), extraction.text());
    }

    @Test
    void theHashIsTheHexSha256OfTheBytes() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                TextExtractor.sha256("abc".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void readsTheTextOfADocx() throws IOException {
        Extraction extraction = extractor.extract("Template.DOCX", TestDocuments.docx("A policy template about the wombat clause."));

        assertEquals(FileKind.DOCX, extraction.kind());
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", extraction.mediaType());
        assertTrue(extraction.text().contains("wombat clause"), extraction.text());
    }

    @Test
    void readsHtmlAsTextWithoutItsMarkupOrScripts() {
        byte[] html = """
                <!DOCTYPE html><html><head><title>T</title><script>var secret = 1;</script></head>
                <body><h1>Harm reduction</h1><p>Meet people <b>where they are</b>.</p></body></html>
                """.getBytes(StandardCharsets.UTF_8);

        String text = extractor.extract("page.html", html).text();

        assertTrue(text.contains("Harm reduction") && text.contains("where they are"), text);
        assertFalse(text.contains("<b>") || text.contains("secret"), text);
    }

    @Test
    void htmlTextLosesTheIndentationOfItsSource() {
        byte[] html = """
                <html><body>
                    <h2>Harm   reduction</h2>
                    <p>Meet people
                       <b>where they are</b>.</p>
                    <ul><li>Naloxone</li><li>Housing</li></ul>
                </body></html>
                """.getBytes(StandardCharsets.UTF_8);

        String text = extractor.extract("page.html", html).text();

        assertEquals("Harm reduction Meet people where they are. Naloxone Housing", text.replaceAll("\\s+", " "));
        assertFalse(text.contains("  ") || text.contains("\n "), text);
    }

    @Test
    void readsMarkdownAndPlainText() {
        Extraction markdown = extractor.extract("notes.md", "# Case management\n\n**Long-term** support.\n\n- Trust\n- Time\n"
                .getBytes(StandardCharsets.UTF_8));
        assertEquals("text/markdown", markdown.mediaType());
        assertEquals("Case management\n\nLong-term support.\n\nTrust · Time", markdown.text(), "as a reader sees it");
        assertEquals("text/plain", extractor.extract("notes.txt", "Plain words.".getBytes(StandardCharsets.UTF_8)).mediaType());
    }

    @Test
    void aTextFileRenamedToPdfIsRefused() {
        byte[] text = "This is only text pretending to be a PDF.".getBytes(StandardCharsets.UTF_8);

        var refused = assertThrows(FileRefusedException.class, () -> extractor.extract("report.pdf", text));

        assertEquals(Reason.TYPE_MISMATCH, refused.getReason());
        assertTrue(refused.getMessage().contains("report.pdf") && refused.getMessage().contains("text/plain"),
                refused.getMessage());
    }

    @Test
    void aPdfRenamedToDocxIsRefused() throws IOException {
        var refused = assertThrows(FileRefusedException.class,
                () -> extractor.extract("report.docx", TestDocuments.pdf("Some text.", null)));
        assertEquals(Reason.TYPE_MISMATCH, refused.getReason());
    }

    @Test
    void anEncryptedPdfIsRefused() throws IOException {
        byte[] encrypted = TestDocuments.pdf("Confidential text.", "s3cret");

        var refused = assertThrows(FileRefusedException.class, () -> extractor.extract("locked.pdf", encrypted));

        assertEquals(Reason.ENCRYPTED, refused.getReason());
        assertTrue(refused.getMessage().contains("password"), refused.getMessage());
    }

    @Test
    void aDamagedPdfIsRefused() throws IOException {
        byte[] pdf = TestDocuments.pdf("Some text that will be cut off.", null);
        byte[] truncated = Arrays.copyOf(pdf, 40);

        var refused = assertThrows(FileRefusedException.class, () -> extractor.extract("cut.pdf", truncated));

        assertEquals(Reason.CORRUPT, refused.getReason());
    }

    @Test
    void aFileOverTwentyFiveMegabytesIsRefusedBeforeItIsRead() {
        byte[] big = new byte[(int) TextExtractor.MAX_BYTES + 1];
        Arrays.fill(big, (byte) 'a');

        var refused = assertThrows(FileRefusedException.class, () -> extractor.extract("big.txt", big));

        assertEquals(Reason.TOO_LARGE, refused.getReason());
        assertTrue(refused.getMessage().contains("25.0 MB"), refused.getMessage());
    }

    @Test
    void aFileOfExactlyTheLimitIsNotRefusedForItsSize() {
        var small = new TextExtractor(EXECUTOR, 10, 1000, Duration.ofSeconds(30));
        assertEquals("ten bytes!", small.extract("ten.txt", "ten bytes!".getBytes(StandardCharsets.UTF_8)).text());
        assertEquals(Reason.TOO_LARGE, assertThrows(FileRefusedException.class,
                () -> small.extract("eleven.txt", "eleven bytes".getBytes(StandardCharsets.UTF_8))).getReason());
    }

    @Test
    void unsupportedAndEmptyFilesAreRefused() {
        assertEquals(Reason.UNSUPPORTED_TYPE, assertThrows(FileRefusedException.class,
                () -> extractor.extract("tool.exe", new byte[] {77, 90, 1})).getReason());
        assertEquals(Reason.EMPTY, assertThrows(FileRefusedException.class,
                () -> extractor.extract("empty.txt", new byte[0])).getReason());
    }

    /**
     * A DOCX whose document part inflates from about half a megabyte to 600 MB: more than this test JVM's heap
     * (see the ejb pom), so reading it whole would fail with OutOfMemoryError instead of a refusal.
     */
    @Test
    void aZipBombDisguisedAsDocxIsRefusedWithoutExhaustingMemory() throws IOException {
        byte[] bomb = TestDocuments.zipBombDocx(600L * 1024 * 1024);
        assertTrue(bomb.length < 2 * 1024 * 1024, "the bomb is small on disk: " + bomb.length);

        var refused = assertThrows(FileRefusedException.class, () -> extractor.extract("innocent.docx", bomb));

        assertEquals(Reason.SUSPICIOUS_COMPRESSION, refused.getReason(), refused.getMessage());
    }

    @Test
    void moreTextThanTheOutputBoundIsRefused() {
        var bounded = new TextExtractor(EXECUTOR, TextExtractor.MAX_BYTES, 100, Duration.ofSeconds(30));
        byte[] text = "word ".repeat(100).getBytes(StandardCharsets.UTF_8);

        assertEquals(Reason.TOO_MUCH_TEXT,
                assertThrows(FileRefusedException.class, () -> bounded.extract("long.txt", text)).getReason());
    }

    @Test
    void extractionThatOutrunsTheTimeBoundIsStoppedAndRefused() throws Exception {
        // An honest file that takes Tika a while to read: an 8 MB page of a million paragraphs.
        byte[] slowFile = ("<html><body>" + "<p>a</p>".repeat(1_000_000) + "</body></html>").getBytes(StandardCharsets.UTF_8);
        ThreadPoolExecutor worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
        try {
            long started = System.nanoTime();
            new TextExtractor(worker, TextExtractor.MAX_BYTES, TextExtractor.MAX_CHARS, Duration.ofMinutes(1))
                    .extract("slow.html", slowFile);
            Duration whole = Duration.ofNanos(System.nanoTime() - started);
            assertTrue(whole.compareTo(Duration.ofMillis(200)) > 0, "the whole parse takes " + whole);

            // A limit of a tenth of what the file needs.
            var hurried = new TextExtractor(worker, TextExtractor.MAX_BYTES, TextExtractor.MAX_CHARS, whole.dividedBy(10));
            started = System.nanoTime();
            var refused = assertThrows(FileRefusedException.class, () -> hurried.extract("slow.html", slowFile));
            Duration refusedAfter = Duration.ofNanos(System.nanoTime() - started);

            assertEquals(Reason.TOO_SLOW, refused.getReason());
            assertTrue(refusedAfter.compareTo(whole.dividedBy(2)) < 0, "refused after " + refusedAfter + " of " + whole);
            // The parse itself has stopped: its thread is free long before the whole parse could have ended.
            long idleBy = started + whole.dividedBy(2).toNanos();
            while (worker.getActiveCount() > 0 && System.nanoTime() < idleBy) {
                Thread.sleep(5);
            }
            assertEquals(0, worker.getActiveCount(), "the parse still runs");
            assertEquals(2, worker.getCompletedTaskCount());
        } finally {
            worker.shutdownNow();
        }
    }

    @Test
    void tidyingDropsTrailingSpacesAndRunsOfBlankLines() {
        assertEquals("a\n\nb", TextExtractor.tidy("  a  \n\n\n\n b".replace(" b", "b") + "\n\n"));
    }
}

package org.leadbureau.portal.library.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.leadbureau.portal.library.control.FileRefusedException.Reason;
import org.leadbureau.portal.platform.text.PlainText;

/**
 * Checks an uploaded file and extracts its text with Apache Tika, within bounds: size, agreement of the
 * detected type with the file name, encryption, corruption, compression ratio (zip bombs), extracted length
 * and time. A refused file raises {@link FileRefusedException} naming the reason; nothing is kept of it.
 */
public class TextExtractor {

    public static final long MAX_BYTES = 25L * 1024 * 1024;
    public static final int MAX_CHARS = 5_000_000;
    public static final Duration TIME_LIMIT = Duration.ofSeconds(30);
    /** How long past the limit the caller waits for a parse to notice it must stop. */
    private static final Duration GRACE = Duration.ofSeconds(2);

    // POI's guard against zip bombs in DOCX: no entry over 100 MB, none inflating more than 100 times.
    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
    }

    private static final String ZIP_BOMB =
            "The file expands to far more data than its size suggests (a possible zip bomb).";

    private final Executor executor;
    private final long maxBytes;
    private final int maxChars;
    private final Duration timeLimit;
    private final TikaConfig tika;

    public TextExtractor(Executor executor, long maxBytes, int maxChars, Duration timeLimit) {
        this.executor = executor;
        this.maxBytes = maxBytes;
        this.maxChars = maxChars;
        this.timeLimit = timeLimit;
        try {
            // Tika finds its parsers and detectors with the class loader of the application's libraries.
            this.tika = new TikaConfig(TextExtractor.class.getClassLoader());
        } catch (Exception e) {
            throw new IllegalStateException("Apache Tika cannot be configured", e);
        }
    }

    /** The portal's bounds: 25 MB, 5 million characters, 30 seconds. */
    public static TextExtractor standard(Executor executor) {
        return new TextExtractor(executor, MAX_BYTES, MAX_CHARS, TIME_LIMIT);
    }

    public Extraction extract(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new FileRefusedException(Reason.EMPTY, "The file is empty.");
        }
        if (content.length > maxBytes) {
            throw new FileRefusedException(Reason.TOO_LARGE, "The file is " + megabytes(content.length)
                    + "; the library accepts files up to " + megabytes(maxBytes) + ".");
        }
        FileKind kind = FileKind.byFileName(fileName).orElseThrow(() -> new FileRefusedException(
                Reason.UNSUPPORTED_TYPE, "The library accepts " + FileKind.acceptedExtensions()
                + " files; \"" + fileName + "\" is none of these."));
        String detected = detect(content);
        if (!kind.agreesWith(detected)) {
            throw new FileRefusedException(Reason.TYPE_MISMATCH, "The file is named \"" + fileName
                    + "\" but its content is " + detected + ", not " + kind.name() + ".");
        }
        if (kind == FileKind.DOCX && !ZipBombGuard.inflatesSafely(content)) {
            throw new FileRefusedException(Reason.SUSPICIOUS_COMPRESSION, ZIP_BOMB);
        }
        String text = readable(kind, parseWithinTime(content));
        return new Extraction(kind, mediaTypeOf(kind, detected), content.length, sha256(content), text);
    }

    private String detect(byte[] content) {
        // By content alone: the name is what the detection is checked against.
        try (InputStream in = TikaInputStream.get(content)) {
            Detector detector = tika.getDetector();
            return detector.detect(in, new Metadata()).getBaseType().toString();
        } catch (IOException e) {
            throw new FileRefusedException(Reason.CORRUPT, "The file cannot be read: it may be damaged.");
        }
    }

    private static String mediaTypeOf(FileKind kind, String detected) {
        return kind == FileKind.MARKDOWN ? kind.mediaType() : MediaType.parse(detected).getBaseType().toString();
    }

    /**
     * Parses on the executor; the parse stops itself at the limit ({@link ParseDeadline}). The grace covers a parser
     * stuck where it checks nothing: then the caller refuses the file all the same and interrupts the parse.
     */
    private String parseWithinTime(byte[] content) {
        ParseDeadline deadline = new ParseDeadline(timeLimit);
        FutureTask<String> parsing = new FutureTask<>(() -> parse(content, deadline));
        executor.execute(parsing);
        try {
            return parsing.get(timeLimit.plus(GRACE).toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            parsing.cancel(true);
            throw tooSlow();
        } catch (InterruptedException e) {
            parsing.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading an uploaded file", e);
        } catch (CancellationException e) {
            throw tooSlow();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof FileRefusedException refused) {
                throw refused;
            }
            throw new IllegalStateException("Unexpected failure while reading an uploaded file", e.getCause());
        }
    }

    private FileRefusedException tooSlow() {
        return new FileRefusedException(Reason.TOO_SLOW, "Reading the text of the file took longer than "
                + timeLimit.toSeconds() + " seconds, so it was stopped.");
    }

    private String parse(byte[] content, ParseDeadline deadline) {
        var text = new BodyContentHandler(maxChars);
        var context = new ParseContext();
        // Streams DOCX through SAX instead of building the whole document tree in memory.
        var office = new OfficeParserConfig();
        office.setUseSAXDocxExtractor(true);
        context.set(OfficeParserConfig.class, office);
        try (InputStream in = TikaInputStream.get(deadline.guard(new ByteArrayInputStream(content)))) {
            new AutoDetectParser(tika).parse(in, deadline.guard(text), new Metadata(), context);
            return text.toString();
        } catch (Exception | StackOverflowError e) {
            throw deadline.passed() ? tooSlow() : refusal(e);
        }
    }

    static FileRefusedException refusal(Throwable failure) {
        if (WriteLimitReachedException.isWriteLimitReached(failure)) {
            return new FileRefusedException(Reason.TOO_MUCH_TEXT,
                    "The file holds more text than the library indexes for one document.");
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof EncryptedDocumentException
                    || cause instanceof org.apache.poi.EncryptedDocumentException) {
                return new FileRefusedException(Reason.ENCRYPTED,
                        "The file is encrypted or password-protected; upload a copy without protection.");
            }
            String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("zip bomb")) {
                return new FileRefusedException(Reason.SUSPICIOUS_COMPRESSION, ZIP_BOMB);
            }
        }
        return new FileRefusedException(Reason.CORRUPT, "The file cannot be read: it may be damaged or incomplete.");
    }

    /**
     * The text as a reader sees it, for the index and snippets: Markdown (which Tika reads as plain text) without its
     * syntax; HTML (Tika keeps the markup out) without the source's indentation.
     */
    static String readable(FileKind kind, String text) {
        return switch (kind) {
            case MARKDOWN -> PlainText.fromMarkdown(text);
            case HTML -> PlainText.tidy(text);
            default -> tidy(text);
        };
    }

    /** Trailing spaces and runs of blank lines carry nothing for search or snippets. */
    static String tidy(String text) {
        return text.replace("\r\n", "\n")
                .replaceAll("[ \\t\\x0B\\f\\u00A0]+\\n", "\n")
                .replaceAll("\\n{3,}", "\n\n")
                .strip();
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

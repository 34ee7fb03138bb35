package org.leadbureau.portal.library.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of file the library accepts, each with its file name extensions and the media types that
 * content detection may find for it: the detected type must agree with the name, so a file cannot pose as
 * another kind.
 */
public enum FileKind {
    PDF("application/pdf", Set.of("pdf"), Set.of("application/pdf")),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Set.of("docx"),
            Set.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document")),
    HTML("text/html", Set.of("html", "htm"), Set.of("text/html", "application/xhtml+xml")),
    // Markdown has no signature: detection sees plain text.
    MARKDOWN("text/markdown", Set.of("md", "markdown"), Set.of("text/plain", "text/markdown", "text/x-web-markdown")),
    TEXT("text/plain", Set.of("txt"), Set.of("text/plain"));

    private final String mediaType;
    private final Set<String> extensions;
    private final Set<String> detectedTypes;

    FileKind(String mediaType, Set<String> extensions, Set<String> detectedTypes) {
        this.mediaType = mediaType;
        this.extensions = extensions;
        this.detectedTypes = detectedTypes;
    }

    /** The media type a download of this kind is served with. */
    public String mediaType() {
        return mediaType;
    }

    /** The kind a file name claims by its extension, if the library accepts that extension. */
    public static Optional<FileKind> byFileName(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        int dot = fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) {
            return Optional.empty();
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(kind -> kind.extensions.contains(extension)).findFirst();
    }

    /** Whether a media type found by content detection (parameters ignored) agrees with this kind. */
    public boolean agreesWith(String detectedMediaType) {
        if (detectedMediaType == null) {
            return false;
        }
        int parameters = detectedMediaType.indexOf(';');
        String base = (parameters < 0 ? detectedMediaType : detectedMediaType.substring(0, parameters))
                .strip().toLowerCase(Locale.ROOT);
        return detectedTypes.contains(base);
    }

    /** The accepted extensions of every kind, for messages and upload forms: ".pdf, .docx, ...". */
    public static String acceptedExtensions() {
        return String.join(", ", Arrays.stream(values())
                .flatMap(kind -> kind.extensions.stream().sorted().map(extension -> "." + extension)).toList());
    }
}

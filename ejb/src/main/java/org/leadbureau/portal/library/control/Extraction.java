package org.leadbureau.portal.library.control;

/** What extraction learned from an accepted file: its kind, detected media type, size, SHA-256 and text. */
public record Extraction(FileKind kind, String mediaType, long sizeBytes, String sha256, String text) {
}

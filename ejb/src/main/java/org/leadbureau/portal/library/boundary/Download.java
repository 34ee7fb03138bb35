package org.leadbureau.portal.library.boundary;

/** A file to send: its name, media type and bytes. */
public record Download(String fileName, String mediaType, byte[] content) {
}

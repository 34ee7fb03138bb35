package org.leadbureau.portal.library.boundary;

import org.leadbureau.portal.library.entity.LibraryResource;

/** What a resource's page shows: the resource and, for Markdown and HTML documents, their formatted text. */
public record ResourcePage(LibraryResource resource, String formattedText) {
}

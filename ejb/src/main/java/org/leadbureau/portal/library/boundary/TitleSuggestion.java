package org.leadbureau.portal.library.boundary;

/** An autocomplete entry: a published resource's title and slug. */
public record TitleSuggestion(String slug, String title) {
}

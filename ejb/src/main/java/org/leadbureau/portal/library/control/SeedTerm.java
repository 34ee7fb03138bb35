package org.leadbureau.portal.library.control;

/** A vocabulary term as the content module lists it: {@code slug | label}. */
public record SeedTerm(String slug, String label) {
}

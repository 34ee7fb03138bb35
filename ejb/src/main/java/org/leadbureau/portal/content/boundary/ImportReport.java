package org.leadbureau.portal.content.boundary;

/** What one import run did: pages created, refreshed from a newer seed, and left as they were. */
public record ImportReport(int created, int updated, int unchanged) {
}

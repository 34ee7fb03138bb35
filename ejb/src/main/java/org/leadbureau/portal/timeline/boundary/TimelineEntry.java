package org.leadbureau.portal.timeline.boundary;

import java.time.Instant;

/**
 * One thing the Bureau did with a community: when ({@code at}: an inquiry's arrival, a visit's or training's start),
 * what, more about it in words, and the staff page that has the whole of it.
 */
public record TimelineEntry(TimelineKind kind, Instant at, String title, String detail, String link) {
}

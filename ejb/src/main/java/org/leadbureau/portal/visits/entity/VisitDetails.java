package org.leadbureau.portal.visits.entity;

import java.time.Instant;
import java.time.ZoneId;

/** What staff say about a visit, checked and converted: times as instants, shown in {@code zone} (the site's). */
public record VisitDetails(String purpose, String topics, VisitFormat format, Instant start, Instant end, ZoneId zone,
        String contactName, String contactEmail, String agenda) {
}

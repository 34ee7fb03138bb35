package org.leadbureau.portal.visits.control;

import java.time.Instant;
import org.leadbureau.portal.visits.entity.VisitStatus;

/** Which visits to list: overlapping [from, to), of one trainer (email), at one site (slug), in one status; null is any. */
public record VisitFilter(Instant from, Instant to, String trainer, String site, VisitStatus status) {

    public static final VisitFilter ALL = new VisitFilter(null, null, null, null, null);
}

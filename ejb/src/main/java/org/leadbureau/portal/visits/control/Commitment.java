package org.leadbureau.portal.visits.control;

import java.time.Instant;
import java.util.Objects;

/**
 * A stretch of a trainer's time as the conflict rules see it: a visit (on site, with its site, or virtual) or a
 * period of unavailability. {@code label} names it in a refusal, e.g. "“Launch workshop” at Seattle, WA, …".
 * Times are instants, so visits in different zones compare correctly; the interval is half-open, [start, end).
 */
public record Commitment(String label, Instant start, Instant end, Kind kind, Long siteId) {

    public enum Kind { ON_SITE_VISIT, VIRTUAL_VISIT, UNAVAILABLE }

    public Commitment {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(kind, "kind");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A commitment ends after it starts");
        }
        if (kind == Kind.ON_SITE_VISIT && siteId == null) {
            throw new IllegalArgumentException("An on-site visit is at a site");
        }
    }

    public static Commitment onSite(String label, long siteId, Instant start, Instant end) {
        return new Commitment(label, start, end, Kind.ON_SITE_VISIT, siteId);
    }

    public static Commitment virtual(String label, Instant start, Instant end) {
        return new Commitment(label, start, end, Kind.VIRTUAL_VISIT, null);
    }

    public static Commitment unavailable(String label, Instant start, Instant end) {
        return new Commitment(label, start, end, Kind.UNAVAILABLE, null);
    }

    public boolean onSite() {
        return kind == Kind.ON_SITE_VISIT;
    }

    /** Both are on-site visits at the same site: the trainer stays there, so no travel lies between them. */
    boolean sameSiteAs(Commitment other) {
        return onSite() && other.onSite() && siteId.equals(other.siteId);
    }
}

package org.leadbureau.portal.visits.control;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.leadbureau.portal.platform.time.EventTimes;
import org.leadbureau.portal.sites.entity.Site;
import org.leadbureau.portal.visits.entity.VisitDates;

/** How refusals name commitments and say why a trainer is not free, in words the booker can act on. */
public final class VisitWording {

    private VisitWording() {
    }

    /** "“Launch workshop” at Seattle LEAD (WA), 2027-03-15T09:00 to 2027-03-17T17:00 America/Los_Angeles". */
    public static String label(String purpose, Site site, Instant start, Instant end, ZoneId zone) {
        return "“" + purpose + "” at " + site.getName() + " (" + site.getState().getCode() + "), "
                + VisitDates.range(start, end, zone);
    }

    /** "“Launch workshop” at Seattle LEAD (WA), Monday, March 15, 2027, 9:00 AM PDT – …": the same for pages. */
    public static String labelInWords(String purpose, Site site, Instant start, Instant end, ZoneId zone) {
        return "“" + purpose + "” at " + site.getName() + " (" + site.getState().getCode() + "), "
                + EventTimes.range(start, end, zone);
    }

    /** "Annual leave, 2027-03-15T00:00 to 2027-03-22T00:00 America/Denver". */
    public static String unavailable(String reason, Instant start, Instant end, ZoneId zone) {
        return reason + ", " + VisitDates.range(start, end, zone);
    }

    /** Why {@code trainer} cannot take {@code candidate}: it clashes with {@code clash}, or travel time is missing. */
    public static String notFree(String trainer, Commitment candidate, Commitment clash, Duration travelBuffer) {
        boolean overlap = candidate.start().isBefore(clash.end()) && clash.start().isBefore(candidate.end());
        String travel = overlap ? "" : " On-site visits need " + words(travelBuffer)
                + " of travel time before and after, unless at the same site.";
        if (clash.kind() == Commitment.Kind.UNAVAILABLE) {
            return trainer + " is not available then: " + clash.label() + "." + travel;
        }
        if (candidate.kind() == Commitment.Kind.UNAVAILABLE) {
            return trainer + " is booked then for the site visit " + clash.label()
                    + ". Cancel or change that visit first." + travel;
        }
        return trainer + " is already booked then for the site visit " + clash.label() + "." + travel;
    }

    static String words(Duration duration) {
        long hours = duration.toHours();
        if (hours > 0 && hours % 24 == 0) {
            return hours == 24 ? "1 day" : hours / 24 + " days";
        }
        return hours == 1 ? "1 hour" : hours + " hours";
    }
}

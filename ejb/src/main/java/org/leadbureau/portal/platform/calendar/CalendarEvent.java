package org.leadbureau.portal.platform.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * One event as calendars see it: a stable {@code uid} and a {@code sequence} that rises with each change, so that
 * a calendar updates the one event; times are instants shown in {@code zone}. {@code url} may be null.
 */
public record CalendarEvent(String uid, int sequence, String summary, String description, String location, String url,
        Instant start, Instant end, ZoneId zone, Status status, List<Attendee> attendees) {

    /** The event's STATUS; a cancelled event leaves its time free, any other shows it busy. */
    public enum Status {
        CONFIRMED, TENTATIVE, CANCELLED
    }

    public CalendarEvent {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(zone, "zone");
        attendees = List.copyOf(attendees);
    }

    /** A participant; {@code declined} when they are off the event (or it is cancelled). */
    public record Attendee(String name, String email, boolean declined) {
    }

    public boolean cancelled() {
        return status == Status.CANCELLED;
    }
}

package org.leadbureau.portal.visits.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.leadbureau.portal.account.entity.StaffUser;
import org.leadbureau.portal.platform.calendar.CalendarEvent;
import org.leadbureau.portal.platform.calendar.CalendarMethod;
import org.leadbureau.portal.platform.calendar.ICalendarWriter;
import org.leadbureau.portal.visits.entity.SiteVisit;
import org.leadbureau.portal.visits.entity.TrainerUnavailability;
import org.leadbureau.portal.visits.entity.VisitFormat;

/**
 * iCalendar for site visits: invitations (METHOD:REQUEST, or METHOD:CANCEL) under the visit's stable UID with its
 * SEQUENCE, and a trainer's feed (METHOD:PUBLISH) of their visits and unavailability.
 */
public class VisitCalendar {

    private final String baseUrl;
    private final ICalendarWriter writer;

    public VisitCalendar(String organizerEmail, String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.writer = new ICalendarWriter(organizerEmail);
    }

    public String invitation(SiteVisit visit, CalendarMethod method, Instant stamp) {
        return writer.write(method, List.of(event(visit, method == CalendarMethod.CANCEL
                ? CalendarEvent.Status.CANCELLED : CalendarEvent.Status.CONFIRMED)), stamp);
    }

    /**
     * A trainer's feed: their visits, requested and proposed ones tentative, cancelled ones kept (as cancelled) for
     * {@link FeedRules#CANCELLED_KEPT} so that subscribed calendars drop them; and their unavailability, as busy time.
     */
    public String feed(Collection<SiteVisit> visits, Collection<TrainerUnavailability> unavailability, Instant stamp) {
        List<CalendarEvent> events = new ArrayList<>();
        visits.stream().filter(visit -> FeedRules.shown(visit.getStatus(), visit.getUpdatedAt(), stamp))
                .forEach(visit -> events.add(event(visit, FeedRules.status(visit.getStatus()))));
        unavailability.forEach(period -> events.add(busy(period)));
        events.sort(Comparator.comparing(CalendarEvent::start));
        return writer.write(CalendarMethod.PUBLISH, events, stamp);
    }

    public String pageUrl(SiteVisit visit) {
        return baseUrl + "/staff/visits/" + visit.getId();
    }

    private CalendarEvent event(SiteVisit visit, CalendarEvent.Status status) {
        List<CalendarEvent.Attendee> attendees = new ArrayList<>();
        for (StaffUser trainer : visit.getTrainers()) {
            attendees.add(new CalendarEvent.Attendee(trainer.getDisplayName(), trainer.getEmail(), false));
        }
        attendees.add(new CalendarEvent.Attendee(visit.getContactName(), visit.getContactEmail(), false));
        return new CalendarEvent(visit.getIcalUid(), visit.getSequence(), summary(visit), description(visit),
                location(visit), pageUrl(visit), visit.getStartsAt(), visit.getEndsAt(), visit.getZone(), status,
                attendees);
    }

    /** A period the trainer cannot be booked, shown busy under a UID of its own; the reason stays in the portal. */
    private static CalendarEvent busy(TrainerUnavailability period) {
        return new CalendarEvent("unavailable-" + period.getId() + "@leadbureau", 0, "Unavailable", null, null, null,
                period.getStartsAt(), period.getEndsAt(), period.getZone(), CalendarEvent.Status.CONFIRMED, List.of());
    }

    /** "Site visit: Launch workshop – Seattle LEAD". */
    public static String summary(SiteVisit visit) {
        return "Site visit: " + visit.getPurpose() + " – " + visit.getSite().getName();
    }

    private static String location(SiteVisit visit) {
        String place = visit.getSite().getName() + ", " + visit.getSite().getState().getDisplayName();
        return visit.getFormat() == VisitFormat.VIRTUAL ? "Online with " + place : place;
    }

    private static String description(SiteVisit visit) {
        var text = new StringBuilder(visit.getFormat().getLabel()).append(" visit (")
                .append(visit.getStatus().getLabel().toLowerCase()).append(")");
        if (!visit.getTopics().isEmpty()) {
            text.append("\nTopics: ").append(visit.getTopics());
        }
        text.append("\nSite contact: ").append(visit.getContactName()).append(" <").append(visit.getContactEmail()).append('>');
        if (visit.getAgenda() != null) {
            text.append("\n\nAgenda:\n").append(visit.getAgenda());
        }
        return text.toString();
    }
}

package org.leadbureau.portal.platform.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * Writes iCalendar (RFC 5545/5546) for the portal's events: each event in its own zone, with that zone's VTIMEZONE,
 * its stable UID and SEQUENCE, the portal's mail sender as organiser. Trainings and site visits both use it.
 */
public class ICalendarWriter {

    private static final String PRODUCT = "-//LEAD National Support Bureau//Portal//EN";

    private final String organizerEmail;
    // Loaded from the zone definitions inside ical4j; no network look-ups (they are off by default).
    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

    public ICalendarWriter(String organizerEmail) {
        this.organizerEmail = organizerEmail;
    }

    public String write(CalendarMethod method, List<CalendarEvent> events, Instant stamp) {
        Calendar calendar = new Calendar()
                .add(new ProdId(PRODUCT))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN)
                .add(switch (method) {
                    case PUBLISH -> ImmutableMethod.PUBLISH;
                    case REQUEST -> ImmutableMethod.REQUEST;
                    case CANCEL -> ImmutableMethod.CANCEL;
                });
        Set<ZoneId> used = new LinkedHashSet<>();
        events.forEach(event -> used.add(event.zone()));
        used.forEach(zone -> calendar.add(zones.getTimeZone(zone.getId()).getVTimeZone()));
        events.forEach(event -> calendar.add(vevent(event, method, stamp)));
        var out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("Invalid calendar", e);
        }
        return out.toString();
    }

    private VEvent vevent(CalendarEvent event, CalendarMethod method, Instant stamp) {
        ZoneId zone = event.zone();
        VEvent vevent = new VEvent(event.start().atZone(zone), event.end().atZone(zone), event.summary());
        vevent.add(new Uid(event.uid()));
        vevent.add(new Sequence(event.sequence()));
        vevent.replace(new DtStamp(stamp));
        boolean cancelled = method == CalendarMethod.CANCEL || event.cancelled();
        vevent.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED
                : event.status() == CalendarEvent.Status.TENTATIVE ? ImmutableStatus.VEVENT_TENTATIVE
                : ImmutableStatus.VEVENT_CONFIRMED);
        // Free/busy lookups read TRANSP: whatever is not cancelled keeps the time busy.
        vevent.add(cancelled ? ImmutableTransp.TRANSPARENT : ImmutableTransp.OPAQUE);
        if (event.url() != null) {
            vevent.add(new Url(URI.create(event.url())));
        }
        if (event.location() != null) {
            vevent.add(new Location(event.location()));
        }
        if (event.description() != null) {
            vevent.add(new Description(event.description()));
        }
        vevent.add(new Organizer(URI.create("mailto:" + organizerEmail)));
        for (CalendarEvent.Attendee attendee : event.attendees()) {
            var parameters = new ParameterList(List.of(new Cn(attendee.name()), Role.REQ_PARTICIPANT,
                    cancelled || attendee.declined() ? PartStat.DECLINED : PartStat.ACCEPTED, Rsvp.FALSE));
            vevent.add(new Attendee(parameters, URI.create("mailto:" + attendee.email())));
        }
        return vevent;
    }
}

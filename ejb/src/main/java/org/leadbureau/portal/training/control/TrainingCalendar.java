package org.leadbureau.portal.training.control;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
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
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.leadbureau.portal.training.entity.Registration;
import org.leadbureau.portal.training.entity.Training;
import org.leadbureau.portal.training.entity.TrainingStatus;

/**
 * iCalendar (RFC 5545/5546) for trainings: the event in its own zone with a VTIMEZONE, the training's stable UID
 * and its SEQUENCE, so that calendars update the one event when it changes. Invitations to a registrant are
 * METHOD:REQUEST (with the join link, for confirmed registrants only), cancellations METHOD:CANCEL, and the public
 * download METHOD:PUBLISH.
 */
public class TrainingCalendar {

    /** How the calendar is meant to be used (iTIP method). */
    public enum Kind { PUBLISH, REQUEST, CANCEL }

    public static final String MEDIA_TYPE = "text/calendar";
    private static final String PRODUCT = "-//LEAD National Support Bureau//Portal//EN";

    private final String organizerEmail;
    private final String baseUrl;
    // Loaded from the zone definitions inside ical4j; no network look-ups (they are off by default).
    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

    /** {@code baseUrl} is the portal's public address, for links to the training page. */
    public TrainingCalendar(String organizerEmail, String baseUrl) {
        this.organizerEmail = organizerEmail;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The public calendar of a training (no attendee, no join link). */
    public String publish(Training training, Instant stamp) {
        return write(training, Kind.PUBLISH, null, stamp);
    }

    /** An invitation to a confirmed registrant, or its cancellation when they (or the training) are off. */
    public String invitation(Registration registration, Kind kind, Instant stamp) {
        if (kind == Kind.PUBLISH) {
            throw new IllegalArgumentException("An invitation is a request or a cancellation");
        }
        return write(registration.getTraining(), kind, registration, stamp);
    }

    /** The MIME type of an attachment of that kind, e.g. {@code text/calendar; charset=UTF-8; method=REQUEST}. */
    public static String contentType(Kind kind) {
        return MEDIA_TYPE + "; charset=UTF-8; method=" + kind.name();
    }

    private String write(Training training, Kind kind, Registration attendee, Instant stamp) {
        ZoneId zone = training.getZone();
        VTimeZone timeZone = zones.getTimeZone(zone.getId()).getVTimeZone();
        VEvent event = new VEvent(training.getStartsAt().atZone(zone), training.getEndsAt().atZone(zone), training.getTitle());
        event.add(new Uid(training.getIcalUid()));
        event.add(new Sequence(training.getSequence()));
        event.replace(new DtStamp(stamp));
        boolean cancelled = kind == Kind.CANCEL || training.getStatus() == TrainingStatus.CANCELLED;
        event.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        String page = baseUrl + "/trainings/" + training.getSlug();
        event.add(new Url(URI.create(page)));
        boolean joinLink = attendee != null && !cancelled && training.getJoinLink() != null;
        event.add(new Location(location(training, joinLink)));
        event.add(new Description(description(training, joinLink, page)));
        event.add(new Organizer(URI.create("mailto:" + organizerEmail)));
        if (attendee != null) {
            var parameters = new ParameterList(List.of(new Cn(attendee.getName()), Role.REQ_PARTICIPANT,
                    cancelled ? PartStat.DECLINED : PartStat.ACCEPTED, Rsvp.FALSE));
            event.add(new Attendee(parameters, URI.create("mailto:" + attendee.getEmail())));
        }

        Calendar calendar = new Calendar()
                .add(new ProdId(PRODUCT))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN)
                .add(switch (kind) {
                    case PUBLISH -> ImmutableMethod.PUBLISH;
                    case REQUEST -> ImmutableMethod.REQUEST;
                    case CANCEL -> ImmutableMethod.CANCEL;
                });
        calendar.add(timeZone);
        calendar.add(event);
        var out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("Invalid calendar for training " + training.getSlug(), e);
        }
        return out.toString();
    }

    private static String location(Training training, boolean joinLink) {
        if (training.getFormat().hasVenue() && training.getVenue() != null) {
            return joinLink ? training.getVenue() + " / online: " + training.getJoinLink() : training.getVenue();
        }
        return joinLink ? training.getJoinLink() : "Online";
    }

    private static String description(Training training, boolean joinLink, String page) {
        var text = new StringBuilder(training.getDescription());
        if (joinLink) {
            text.append("\n\nJoin online: ").append(training.getJoinLink());
        }
        return text.append("\n\nDetails: ").append(page).toString();
    }
}

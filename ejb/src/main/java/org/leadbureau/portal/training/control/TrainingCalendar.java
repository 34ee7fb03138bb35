package org.leadbureau.portal.training.control;

import java.time.Instant;
import java.util.List;
import org.leadbureau.portal.platform.calendar.CalendarEvent;
import org.leadbureau.portal.platform.calendar.CalendarMethod;
import org.leadbureau.portal.platform.calendar.ICalendarWriter;
import org.leadbureau.portal.platform.i18n.Language;
import org.leadbureau.portal.platform.i18n.BundleTexts;
import org.leadbureau.portal.training.entity.Registration;
import org.leadbureau.portal.training.entity.Training;
import org.leadbureau.portal.training.entity.TrainingStatus;

/**
 * iCalendar for trainings: the training's stable UID and its SEQUENCE, so that calendars update the one event when
 * it changes. Invitations to a registrant are METHOD:REQUEST (with the join link, for confirmed registrants only),
 * cancellations METHOD:CANCEL, and the public download METHOD:PUBLISH. The few words the portal adds are in the
 * registrant's language (English in the public download).
 */
public class TrainingCalendar {

    private final String baseUrl;
    private final ICalendarWriter writer;

    /** {@code baseUrl} is the portal's public address, for links to the training page. */
    public TrainingCalendar(String organizerEmail, String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.writer = new ICalendarWriter(organizerEmail);
    }

    /** The public calendar of a training (no attendee, no join link). */
    public String publish(Training training, Instant stamp) {
        return writer.write(CalendarMethod.PUBLISH, List.of(event(training, CalendarMethod.PUBLISH, null,
                BundleTexts.of(BundleTexts.MAIL, Language.DEFAULT))), stamp);
    }

    /** An invitation to a confirmed registrant, or its cancellation when they (or the training) are off. */
    public String invitation(Registration registration, CalendarMethod method, Instant stamp) {
        if (method == CalendarMethod.PUBLISH) {
            throw new IllegalArgumentException("An invitation is a request or a cancellation");
        }
        return writer.write(method, List.of(event(registration.getTraining(), method, registration,
                BundleTexts.of(BundleTexts.MAIL, registration.getLanguage()))), stamp);
    }

    /** The event with the words the portal adds ("Details: …") in {@code texts}' language. */
    private CalendarEvent event(Training training, CalendarMethod method, Registration attendee, BundleTexts texts) {
        boolean cancelled = method == CalendarMethod.CANCEL || training.getStatus() == TrainingStatus.CANCELLED;
        String page = baseUrl + "/trainings/" + training.getSlug();
        boolean joinLink = attendee != null && !cancelled && training.getJoinLink() != null;
        List<CalendarEvent.Attendee> attendees = attendee == null ? List.of()
                : List.of(new CalendarEvent.Attendee(attendee.getName(), attendee.getEmail(), cancelled));
        return new CalendarEvent(training.getIcalUid(), training.getSequence(), training.getTitle(),
                description(training, joinLink, page, texts), location(training, joinLink, texts), page, training.getStartsAt(),
                training.getEndsAt(), training.getZone(),
                cancelled ? CalendarEvent.Status.CANCELLED : CalendarEvent.Status.CONFIRMED, attendees);
    }

    private static String location(Training training, boolean joinLink, BundleTexts texts) {
        if (training.getFormat().hasVenue() && training.getVenue() != null) {
            return joinLink ? texts.get("calendar.venueAndOnline", training.getVenue(), training.getJoinLink())
                    : training.getVenue();
        }
        return joinLink ? training.getJoinLink() : texts.get("calendar.online");
    }

    private static String description(Training training, boolean joinLink, String page, BundleTexts texts) {
        var text = new StringBuilder(training.getDescription());
        if (joinLink) {
            text.append("\n\n").append(texts.get("calendar.join", training.getJoinLink()));
        }
        return text.append("\n\n").append(texts.get("calendar.details", page)).toString();
    }
}

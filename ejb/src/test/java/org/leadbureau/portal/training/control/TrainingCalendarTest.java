package org.leadbureau.portal.training.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.training.TrainingFixtures;
import org.leadbureau.portal.platform.calendar.CalendarMethod;
import org.leadbureau.portal.training.entity.Registration;
import org.leadbureau.portal.training.entity.Training;

class TrainingCalendarTest {

    private static final Instant NOW = Instant.parse("2026-02-01T12:00:00Z");
    private static final LocalDateTime MONDAY_AFTER_SPRING_CHANGE = LocalDateTime.of(2026, 3, 9, 10, 0);

    private final TrainingCalendar calendar = new TrainingCalendar("trainings@leadbureau.example", "https://portal.example/");
    private final Training training = TrainingFixtures.published(MONDAY_AFTER_SPRING_CHANGE, 20, NOW);
    private final Registration registration =
            Registration.confirmed(training, TrainingFixtures.registrant("Ann Smith"), NOW);

    @Test
    void anInvitationIsARequestInTheEventsZoneWithItsTimeZoneDefinition() throws Exception {
        String ics = unfold(calendar.invitation(registration, CalendarMethod.REQUEST, NOW));

        assertTrue(ics.contains("\r\nMETHOD:REQUEST\r\n"), ics);
        assertTrue(ics.contains("BEGIN:VTIMEZONE\r\nTZID:America/Los_Angeles\r\n"), ics);
        // Daylight time rules of the zone are in the VTIMEZONE, so 10:00 local is 17:00 UTC that Monday.
        assertTrue(ics.contains("TZNAME:PDT"), ics);
        assertTrue(ics.contains("DTSTART;TZID=America/Los_Angeles:20260309T100000\r\n"), ics);
        assertTrue(ics.contains("DTEND;TZID=America/Los_Angeles:20260309T120000\r\n"), ics);
        assertTrue(ics.contains("UID:" + training.getIcalUid() + "\r\n"), ics);
        assertTrue(ics.contains("SEQUENCE:0\r\n"), ics);
        assertTrue(ics.contains("ATTENDEE;") && ics.contains("mailto:ann.smith@example.org"), ics);
        assertTrue(ics.contains("ORGANIZER:mailto:trainings@leadbureau.example"), ics);
        assertTrue(ics.contains("https://meet.example.org/lead-basics"), "a confirmed registrant gets the join link");
        assertTrue(ics.contains("URL:https://portal.example/trainings/case-management-basics"), ics);

        VEvent event = parse(ics).getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
        assertEquals(Instant.parse("2026-03-09T17:00:00Z"), Instant.from(event.getDateTimeStart().getDate()));
    }

    @Test
    void theUidStaysAndTheSequenceRisesWithEveryChange() {
        String uid = "UID:" + training.getIcalUid() + "\r\n";

        var details = TrainingFixtures.details(MONDAY_AFTER_SPRING_CHANGE.plusHours(1), 20);
        assertTrue(training.update(details, NOW));
        String changed = unfold(calendar.invitation(registration, CalendarMethod.REQUEST, NOW));
        assertFalse(training.update(details, NOW), "the same details are no change");
        training.cancel(NOW);
        String cancelled = unfold(calendar.invitation(registration, CalendarMethod.CANCEL, NOW));

        assertTrue(changed.contains(uid) && changed.contains("SEQUENCE:1\r\n"), changed);
        assertTrue(changed.contains("DTSTART;TZID=America/Los_Angeles:20260309T110000\r\n"), changed);
        assertTrue(cancelled.contains(uid) && cancelled.contains("SEQUENCE:2\r\n"), cancelled);
        assertTrue(cancelled.contains("\r\nMETHOD:CANCEL\r\n"), cancelled);
        assertTrue(cancelled.contains("STATUS:CANCELLED\r\n"), cancelled);
        assertFalse(cancelled.contains("meet.example.org"), "no join link once cancelled");
    }

    @Test
    void thePublicCalendarIsPublishedWithoutAttendeeOrJoinLink() throws Exception {
        String ics = unfold(calendar.publish(training, NOW));

        assertTrue(ics.contains("\r\nMETHOD:PUBLISH\r\n"), ics);
        assertFalse(ics.contains("ATTENDEE"), ics);
        assertFalse(ics.contains("meet.example.org"), ics);
        assertTrue(ics.contains("LOCATION:King County Courthouse\\, Seattle"), ics);
        assertEquals(1, parse(ics).getComponents("VEVENT").size());
    }

    @Test
    void theAttachmentTypeCarriesTheMethod() {
        assertEquals("text/calendar; charset=UTF-8; method=REQUEST", CalendarMethod.REQUEST.contentType());
        assertEquals("text/calendar; charset=UTF-8; method=CANCEL", CalendarMethod.CANCEL.contentType());
    }

    private static String unfold(String ics) {
        return ics.replace("\r\n ", "");
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }
}

package org.leadbureau.portal.visits.control;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.leadbureau.portal.mail.control.MailBody;
import org.leadbureau.portal.mail.control.MailMessage;
import org.leadbureau.portal.platform.calendar.CalendarMethod;
import org.leadbureau.portal.platform.time.EventTimes;
import org.leadbureau.portal.visits.entity.SiteVisit;

/**
 * The messages about a visit that its trainers and the site's contact receive, each with the calendar invitation
 * (or its cancellation) attached.
 */
public class VisitMail {

    /** What happened, for the subject and the first line. */
    public enum Change {
        PROPOSED("Proposed", "The following site visit is proposed. Please hold the dates."),
        CONFIRMED("Confirmed", "The following site visit is confirmed."),
        CHANGED("Changed", "The following site visit has changed. Here are its details as they stand now."),
        CANCELLED("Cancelled", "The following site visit is cancelled."),
        REMOVED("Cancelled for you", "You are no longer on the following site visit.");

        private final String subject;
        private final String opening;

        Change(String subject, String opening) {
            this.subject = subject;
            this.opening = opening;
        }
    }

    private final VisitCalendar calendar;

    public VisitMail(VisitCalendar calendar) {
        this.calendar = calendar;
    }

    public MailMessage message(SiteVisit visit, Change change, String recipientName, String recipientEmail, Instant now) {
        boolean cancel = change == Change.CANCELLED || change == Change.REMOVED;
        CalendarMethod method = cancel ? CalendarMethod.CANCEL : CalendarMethod.REQUEST;
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("Visit", visit.getPurpose());
        facts.put("Site", visit.getSite().getName() + ", " + visit.getSite().getState().getDisplayName());
        facts.put("When", EventTimes.range(visit.getStartsAt(), visit.getEndsAt(), visit.getZone()));
        facts.put("Format", visit.getFormat().getLabel());
        facts.put("Topics", visit.getTopics());
        facts.put("Trainers", String.join(", ", visit.getTrainers().stream().map(t -> t.getDisplayName()).sorted().toList()));
        facts.put("Site contact", visit.getContactName() + " <" + visit.getContactEmail() + ">");
        facts.put("Reason", visit.getStatusReason());
        MailBody body = new MailBody()
                .paragraph("Dear " + recipientName + ",")
                .paragraph(change.opening)
                .facts(facts)
                .paragraph(cancel ? "The attached calendar file removes the visit from your calendar."
                        : "The calendar invitation is attached.")
                .signature("LEAD National Support Bureau");
        byte[] ics = calendar.invitation(visit, method, now).getBytes(StandardCharsets.UTF_8);
        return new MailMessage(recipientEmail, change.subject + ": " + VisitCalendar.summary(visit), body.text(),
                body.html(), List.of(new MailMessage.Attachment(method.fileName(), method.contentType(), ics)));
    }
}

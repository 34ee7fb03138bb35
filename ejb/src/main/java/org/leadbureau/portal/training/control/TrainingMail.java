package org.leadbureau.portal.training.control;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.leadbureau.portal.mail.control.MailBody;
import org.leadbureau.portal.mail.control.MailMessage;
import org.leadbureau.portal.platform.calendar.CalendarMethod;
import org.leadbureau.portal.platform.time.EventTimes;
import org.leadbureau.portal.training.entity.Registration;
import org.leadbureau.portal.training.entity.RegistrationStatus;
import org.leadbureau.portal.training.entity.Training;

/**
 * The messages registrants receive. Each names the training, its time in the training's zone and the manage link;
 * confirmed registrants get the calendar invitation (and with it the join link).
 */
public class TrainingMail {

    private static final String SIGNATURE = "LEAD National Support Bureau";

    private final String baseUrl;
    private final TrainingCalendar calendar;
    private final Function<Registration, String> manageTokens;

    /** @param manageTokens issues a fresh manage token for a registration (only its hash is stored) */
    public TrainingMail(String baseUrl, TrainingCalendar calendar, Function<Registration, String> manageTokens) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.calendar = calendar;
        this.manageTokens = manageTokens;
    }

    /** The registrant's own page, behind a link made for this message. */
    private String manageUrl(Registration registration) {
        return baseUrl + "/registrations/" + manageTokens.apply(registration);
    }

    public MailMessage confirmed(Registration registration, Instant now) {
        Training training = registration.getTraining();
        MailBody body = greeting(registration)
                .paragraph("Your seat at \"" + training.getTitle() + "\" is confirmed. The calendar invitation is attached.");
        return withInvitation(registration, "Registration confirmed: " + training.getTitle(), body, CalendarMethod.REQUEST, now);
    }

    public MailMessage waitlisted(Registration registration, long position) {
        Training training = registration.getTraining();
        MailBody body = greeting(registration)
                .paragraph("\"" + training.getTitle() + "\" is full, so you are on the waitlist, at position " + position
                        + ". If a seat becomes free, it goes to the first person on the waitlist, and we will write to you"
                        + " straight away.");
        return plain(registration, "On the waitlist (position " + position + "): " + training.getTitle(), body);
    }

    public MailMessage promoted(Registration registration, Instant now) {
        Training training = registration.getTraining();
        MailBody body = greeting(registration)
                .paragraph("Good news: a seat became free at \"" + training.getTitle() + "\" and it is yours. Your"
                        + " registration is confirmed; the calendar invitation is attached.");
        return withInvitation(registration, "A seat is yours: " + training.getTitle(), body, CalendarMethod.REQUEST, now);
    }

    /** The registrant cancelled (or staff did for them). */
    public MailMessage cancelled(Registration registration, boolean hadSeat, Instant now) {
        Training training = registration.getTraining();
        MailBody body = greeting(registration)
                .paragraph("Your registration for \"" + training.getTitle() + "\" is cancelled. You are welcome to"
                        + " register again while registration is open.");
        String subject = "Registration cancelled: " + training.getTitle();
        return hadSeat ? withInvitation(registration, subject, body, CalendarMethod.CANCEL, now) : plain(registration, subject, body);
    }

    public MailMessage reminder(Registration registration, Instant now) {
        Training training = registration.getTraining();
        MailBody body = greeting(registration)
                .paragraph("A reminder: \"" + training.getTitle() + "\" is tomorrow. We look forward to seeing you.");
        return withInvitation(registration, "Tomorrow: " + training.getTitle(), body, CalendarMethod.REQUEST, now);
    }

    /** Staff changed the training; confirmed registrants get the updated invitation. */
    public MailMessage changed(Registration registration, Instant now) {
        Training training = registration.getTraining();
        MailBody body = greeting(registration)
                .paragraph("The details of \"" + training.getTitle() + "\" have changed. Here they are as they stand now.");
        String subject = "Updated: " + training.getTitle();
        return registration.getStatus() == RegistrationStatus.CONFIRMED
                ? withInvitation(registration, subject, body, CalendarMethod.REQUEST, now) : plain(registration, subject, body);
    }

    /** Staff cancelled the training; {@code hadSeat} says whether the registrant held a seat. */
    public MailMessage trainingCancelled(Registration registration, boolean hadSeat, Instant now) {
        Training training = registration.getTraining();
        MailBody body = greeting(registration)
                .paragraph("We are sorry: \"" + training.getTitle() + "\" has been cancelled, and your registration with"
                        + " it. Please see our other trainings.");
        String subject = "Cancelled: " + training.getTitle();
        return hadSeat ? withInvitation(registration, subject, body, CalendarMethod.CANCEL, now) : plain(registration, subject, body);
    }

    /** Someone registered again with an address that is already registered: a new manage link, like every message. */
    public MailMessage alreadyRegistered(Registration registration) {
        Training training = registration.getTraining();
        MailBody body = greeting(registration)
                .paragraph("You (or someone using your address) tried to register again for \"" + training.getTitle()
                        + "\". You are already registered, so nothing changed. Here is a new link to your registration;"
                        + " the links we sent before keep working too.");
        return plain(registration, "Your registration: " + training.getTitle(), body);
    }

    private static MailBody greeting(Registration registration) {
        return new MailBody().paragraph("Dear " + registration.getName() + ",");
    }

    private MailMessage plain(Registration registration, String subject, MailBody body) {
        finish(registration, body);
        return new MailMessage(registration.getEmail(), subject, body.text(), body.html());
    }

    private MailMessage withInvitation(Registration registration, String subject, MailBody body, CalendarMethod kind, Instant now) {
        finish(registration, body);
        byte[] ics = calendar.invitation(registration, kind, now).getBytes(StandardCharsets.UTF_8);
        var attachment = new MailMessage.Attachment(kind.fileName(), kind.contentType(), ics);
        return new MailMessage(registration.getEmail(), subject, body.text(), body.html(), List.of(attachment));
    }

    private void finish(Registration registration, MailBody body) {
        Training training = registration.getTraining();
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("Training", training.getTitle());
        facts.put("When", EventTimes.range(training.getStartsAt(), training.getEndsAt(), training.getZone()));
        facts.put("Format", training.getFormat().getLabel());
        facts.put("Where", training.getFormat().hasVenue() ? training.getVenue() : null);
        boolean seated = registration.getStatus() == RegistrationStatus.CONFIRMED;
        facts.put("Join online", seated && training.getFormat().hasJoinLink() ? training.getJoinLink() : null);
        facts.put("Status", statusText(registration.getStatus()));
        body.facts(facts)
                .link("See or cancel your registration", manageUrl(registration))
                .signature(SIGNATURE);
    }

    private static String statusText(RegistrationStatus status) {
        return switch (status) {
            case CONFIRMED -> "Confirmed";
            case WAITLISTED -> "On the waitlist";
            case CANCELLED -> "Cancelled";
            case ATTENDED -> "Attended";
        };
    }
}

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
import org.leadbureau.portal.platform.i18n.BundleTexts;
import org.leadbureau.portal.platform.time.EventTimes;
import org.leadbureau.portal.training.entity.Registration;
import org.leadbureau.portal.training.entity.RegistrationStatus;
import org.leadbureau.portal.training.entity.Training;

/**
 * The messages registrants receive, in the language they registered in ({@code mail/messages*.properties}). Each
 * names the training, its time in the training's zone and the manage link; confirmed registrants get the calendar
 * invitation (and with it the join link).
 */
public class TrainingMail {

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
        return withInvitation(registration, "training.confirmed", CalendarMethod.REQUEST, now);
    }

    public MailMessage waitlisted(Registration registration, long position) {
        return plain(registration, "training.waitlisted", position);
    }

    public MailMessage promoted(Registration registration, Instant now) {
        return withInvitation(registration, "training.promoted", CalendarMethod.REQUEST, now);
    }

    /** The registrant cancelled (or staff did for them). */
    public MailMessage cancelled(Registration registration, boolean hadSeat, Instant now) {
        return hadSeat ? withInvitation(registration, "training.cancelled", CalendarMethod.CANCEL, now)
                : plain(registration, "training.cancelled");
    }

    public MailMessage reminder(Registration registration, Instant now) {
        return withInvitation(registration, "training.reminder", CalendarMethod.REQUEST, now);
    }

    /** Staff changed the training; confirmed registrants get the updated invitation. */
    public MailMessage changed(Registration registration, Instant now) {
        return registration.getStatus() == RegistrationStatus.CONFIRMED
                ? withInvitation(registration, "training.changed", CalendarMethod.REQUEST, now)
                : plain(registration, "training.changed");
    }

    /** Staff cancelled the training; {@code hadSeat} says whether the registrant held a seat. */
    public MailMessage trainingCancelled(Registration registration, boolean hadSeat, Instant now) {
        return hadSeat ? withInvitation(registration, "training.trainingCancelled", CalendarMethod.CANCEL, now)
                : plain(registration, "training.trainingCancelled");
    }

    /** Someone registered again with an address that is already registered: a new manage link, like every message. */
    public MailMessage alreadyRegistered(Registration registration) {
        return plain(registration, "training.alreadyRegistered");
    }

    /**
     * The message {@code kind} in the registrant's language: its subject ({@code kind.subject}) and first paragraph
     * ({@code kind.text}) name the training ({0}) and any {@code more} ({1} …), then the facts and the manage link.
     */
    private MailBody body(Registration registration, BundleTexts texts, String kind, Object... more) {
        Training training = registration.getTraining();
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put(texts.get("training.fact.training"), training.getTitle());
        facts.put(texts.get("fact.when"), EventTimes.range(training.getStartsAt(), training.getEndsAt(), training.getZone(),
                texts.language()));
        facts.put(texts.get("training.fact.format"), texts.of("format", training.getFormat()));
        facts.put(texts.get("training.fact.where"), training.getFormat().hasVenue() ? training.getVenue() : null);
        boolean seated = registration.getStatus() == RegistrationStatus.CONFIRMED;
        facts.put(texts.get("training.fact.join"), seated && training.getFormat().hasJoinLink() ? training.getJoinLink() : null);
        facts.put(texts.get("training.fact.status"), texts.of("status", registration.getStatus()));
        return new MailBody(texts.language())
                .paragraph(texts.get("greeting", registration.getName()))
                .paragraph(texts.get(kind + ".text", arguments(training, more)))
                .facts(facts)
                .link(texts.get("training.manageLink"), manageUrl(registration))
                .signature(texts.get("signature"));
    }

    private MailMessage plain(Registration registration, String kind, Object... more) {
        BundleTexts texts = BundleTexts.of(BundleTexts.MAIL, registration.getLanguage());
        MailBody body = body(registration, texts, kind, more);
        return new MailMessage(registration.getEmail(), texts.get(kind + ".subject", arguments(registration.getTraining(), more)),
                body.text(), body.html());
    }

    private MailMessage withInvitation(Registration registration, String kind, CalendarMethod method, Instant now) {
        BundleTexts texts = BundleTexts.of(BundleTexts.MAIL, registration.getLanguage());
        MailBody body = body(registration, texts, kind);
        byte[] ics = calendar.invitation(registration, method, now).getBytes(StandardCharsets.UTF_8);
        var attachment = new MailMessage.Attachment(method.fileName(), method.contentType(), ics);
        return new MailMessage(registration.getEmail(), texts.get(kind + ".subject", registration.getTraining().getTitle()),
                body.text(), body.html(), List.of(attachment));
    }

    private static Object[] arguments(Training training, Object... more) {
        Object[] all = new Object[more.length + 1];
        all[0] = training.getTitle();
        System.arraycopy(more, 0, all, 1, more.length);
        return all;
    }
}

package org.leadbureau.portal.inquiry.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.leadbureau.portal.inquiry.control.InquiryNotices;
import org.leadbureau.portal.inquiry.control.IntakeLimits;
import org.leadbureau.portal.inquiry.control.ReferenceNumbers;
import org.leadbureau.portal.platform.rules.SpamGuard;
import org.leadbureau.portal.inquiry.entity.Inquiry;
import org.leadbureau.portal.inquiry.entity.InquiryFacts;
import org.leadbureau.portal.platform.i18n.Language;
import org.leadbureau.portal.platform.i18n.Wording;
import org.leadbureau.portal.platform.limits.FormSubmissions;
import org.leadbureau.portal.platform.metrics.PortalMetrics;
import org.leadbureau.portal.platform.request.RequestOrigin;
import org.leadbureau.portal.platform.rules.TooManyRequestsException;

/**
 * Contact-us intake, for the form and the API. Each submission is checked, counted against the rate limits and
 * given its reference number under one database lock (so the counts and numbers are right across nodes); the
 * inquiry, the inquirer's confirmation and the staff notifications commit together or not at all. A post the
 * guards suspect is stored too (a hasty person must not lose their inquiry), as suspected spam and unmailed.
 */
@Stateless
@PermitAll
public class Inquiries {

    @PersistenceContext
    EntityManager em;

    @Inject
    InquiryNotices notices;

    @Inject
    RequestOrigin origin;

    @Inject
    FormSubmissions submissions;

    @Inject
    Clock clock;

    @Inject
    PortalMetrics metrics;

    private final SpamGuard spamGuard = SpamGuard.fromEnvironment();

    /** From the API: no honeypot or timer, only the limits. */
    public InquiryReceipt submit(@NotNull InquiryForm form, @NotNull Language language) {
        return submit(form, language, null, null);
    }

    /**
     * From the contact form. A post that fills the honeypot or comes faster than the {@link SpamGuard}'s minimum time
     * after the form was first shown is stored with its reference as suspected spam: no mail goes out until staff
     * release it. It counts against its address's limit, not against everyone's.
     *
     * @param language the language of the page or request: the mail to the inquirer is written in it
     * @param honeypot what the hidden field holds
     * @param shownAt  when the server showed this form
     * @throws org.leadbureau.portal.platform.rules.InvalidInputException naming each wrong field
     * @throws TooManyRequestsException over a rate limit
     */
    public InquiryReceipt submit(@NotNull InquiryForm form, @NotNull Language language, String honeypot, Instant shownAt) {
        InquiryFacts facts = form.facts();
        Instant now = clock.instant();
        boolean bot = spamGuard.looksLikeABot(honeypot, shownAt, now);
        // Takes the intake lock, under which the reference number is handed out too.
        submissions.admit(IntakeLimits.FORM, IntakeLimits.LIMITS, !bot, Wording.of("limits.inquiries"));

        int year = now.atZone(ZoneOffset.UTC).getYear();
        int number = ReferenceNumbers.next(em.createNamedQuery(Inquiry.MAX_NUMBER_IN_YEAR, Integer.class)
                .setParameter("year", year).getSingleResult());
        String reference = ReferenceNumbers.format(year, number);
        Inquiry inquiry = new Inquiry(reference, year, number, facts, language, origin.getClientAddress(), now, bot);
        em.persist(inquiry);
        if (!bot) {
            notices.send(inquiry);
        }
        metrics.inquiry(bot);
        return new InquiryReceipt(reference, facts.email(), bot);
    }
}

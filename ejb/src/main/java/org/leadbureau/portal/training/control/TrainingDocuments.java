package org.leadbureau.portal.training.control;

import org.leadbureau.portal.platform.config.PortalConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.leadbureau.portal.mail.control.SmtpGateway;

/**
 * The calendar and the messages of trainings, set up with the portal's public address (system property
 * PORTAL_BASE_URL) and the sender of its mail as the events' organiser.
 */
@ApplicationScoped
public class TrainingDocuments {

    @Inject
    SmtpGateway smtp;

    @Inject
    ManageLinks links;

    private TrainingCalendar calendar;
    private TrainingMail mail;

    @PostConstruct
    void init() {
        String baseUrl = PortalConfig.baseUrl();
        calendar = new TrainingCalendar(smtp.senderAddress(), baseUrl);
        mail = new TrainingMail(baseUrl, calendar, links::issue);
    }

    public TrainingCalendar calendar() {
        return calendar;
    }

    public TrainingMail mail() {
        return mail;
    }
}

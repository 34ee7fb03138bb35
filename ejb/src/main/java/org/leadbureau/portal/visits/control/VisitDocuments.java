package org.leadbureau.portal.visits.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.leadbureau.portal.mail.control.SmtpGateway;
import org.leadbureau.portal.platform.config.PortalConfig;
import org.leadbureau.portal.platform.config.Setting;

/**
 * The rules, calendar and messages of site visits, set up from the portal's settings: the travel buffer
 * ({@code PORTAL_VISIT_TRAVEL_BUFFER}, an ISO-8601 duration such as {@code P1D} or {@code PT12H}; one day by
 * default), the public address and the mail sender as the invitations' organiser.
 */
@ApplicationScoped
public class VisitDocuments {

    @Inject
    SmtpGateway smtp;

    private ConflictRules rules;
    private VisitCalendar calendar;
    private VisitMail mail;

    @PostConstruct
    void init() {
        rules = new ConflictRules(PortalConfig.duration(Setting.VISIT_TRAVEL_BUFFER, ConflictRules.DEFAULT_TRAVEL_BUFFER));
        calendar = new VisitCalendar(smtp.senderAddress(), PortalConfig.baseUrl());
        mail = new VisitMail(calendar);
    }

    public ConflictRules rules() {
        return rules;
    }

    public VisitCalendar calendar() {
        return calendar;
    }

    public VisitMail mail() {
        return mail;
    }
}

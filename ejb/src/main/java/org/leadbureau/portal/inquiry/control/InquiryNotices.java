package org.leadbureau.portal.inquiry.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.leadbureau.portal.account.entity.Role;
import org.leadbureau.portal.inquiry.entity.Inquiry;
import org.leadbureau.portal.mail.boundary.Outbox;
import org.leadbureau.portal.platform.config.PortalConfig;

/**
 * The mails an inquiry sets off once it is taken as a person's (on arrival, or when staff release a suspected one):
 * the inquirer's confirmation and a note to each active STAFF member, or, with none, to each active administrator,
 * so that a new inquiry always reaches someone. Queued in the caller's transaction.
 */
@Dependent
public class InquiryNotices {

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    public void send(Inquiry inquiry) {
        InquiryMail mail = new InquiryMail(PortalConfig.baseUrl());
        outbox.queue(mail.confirmation(inquiry));
        staffToNotify().forEach(staff -> outbox.queue(mail.newInquiry(inquiry, staff)));
    }

    private List<String> staffToNotify() {
        List<String> staff = activeWith(Role.STAFF);
        return staff.isEmpty() ? activeWith(Role.ADMIN) : staff;
    }

    private List<String> activeWith(Role role) {
        return em.createQuery("select u.email from StaffUser u join u.roles r where u.active = true and r = :role"
                + " order by u.email", String.class).setParameter("role", role).getResultList();
    }
}

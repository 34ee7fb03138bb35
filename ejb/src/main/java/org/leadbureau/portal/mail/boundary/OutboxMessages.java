package org.leadbureau.portal.mail.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.leadbureau.portal.platform.security.Roles;
import org.leadbureau.portal.mail.entity.MailStatus;
import org.leadbureau.portal.mail.entity.OutboxMessage;

/** ADMIN reads the outbox: what was sent, what waits, what failed and why. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class OutboxMessages {

    @PersistenceContext
    EntityManager em;

    /** The newest messages first, with their attachments loaded, for ADMIN's outbox page. */
    public List<OutboxMessage> recent(int first, int max) {
        List<OutboxMessage> messages = em.createNamedQuery(OutboxMessage.FIND_RECENT, OutboxMessage.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
        messages.forEach(OutboxMessage::getAttachments);
        return messages;
    }

    public Optional<OutboxMessage> find(long id) {
        OutboxMessage message = em.find(OutboxMessage.class, id);
        if (message != null) {
            // Loads the attachments while the transaction is open: the page lists them.
            message.getAttachments();
        }
        return Optional.ofNullable(message);
    }

    public Map<MailStatus, Long> countByStatus() {
        Map<MailStatus, Long> counts = new EnumMap<>(MailStatus.class);
        for (MailStatus status : MailStatus.values()) {
            counts.put(status, 0L);
        }
        em.createNamedQuery(OutboxMessage.COUNT_BY_STATUS, Object[].class).getResultList()
                .forEach(row -> counts.put((MailStatus) row[0], (Long) row[1]));
        return counts;
    }
}

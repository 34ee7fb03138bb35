package org.leadbureau.portal.mail.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.leadbureau.portal.platform.paging.PageRequest;
import org.leadbureau.portal.platform.security.Roles;
import org.leadbureau.portal.mail.entity.MailStatus;
import org.leadbureau.portal.mail.entity.OutboxMessage;

/** ADMIN reads the outbox: what was sent, what waits, what failed and why. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class OutboxMessages {

    @PersistenceContext
    EntityManager em;

    /** One page of the messages, newest first unless {@code oldestFirst}: one statement, no bodies. */
    public List<OutboxRow> rows(@NotNull PageRequest page, boolean oldestFirst) {
        return em.createQuery("select new org.leadbureau.portal.mail.boundary.OutboxRow(m.id, m.createdAt, m.recipient,"
                        + " m.subject, m.status, m.attempts, m.lastError) from OutboxMessage m order by m.createdAt "
                        + (oldestFirst ? "asc, m.id asc" : "desc, m.id desc"), OutboxRow.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
    }

    public long count() {
        return countByStatus().values().stream().mapToLong(Long::longValue).sum();
    }

    public Optional<OutboxMessage> find(long id) {
        OutboxMessage message = em.find(OutboxMessage.class, id);
        if (message != null) {
            // Loads the attachments while the transaction is open: the opened message lists them.
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

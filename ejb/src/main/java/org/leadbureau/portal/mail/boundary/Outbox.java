package org.leadbureau.portal.mail.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import org.leadbureau.portal.mail.control.MailMessage;
import org.leadbureau.portal.mail.entity.OutboxMessage;

/**
 * The portal's one way to send mail. {@link #queue} joins the caller's transaction (it refuses to run without
 * one), so a message exists exactly when the change that caused it committed; {@link OutboxSender} delivers it.
 */
@Stateless
public class Outbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void queue(@NotNull @Valid MailMessage message) {
        em.persist(new OutboxMessage(message, clock.instant()));
    }

    /**
     * Queues a message holding a link that signs someone in (set-up, invitation, reset): retention removes its
     * bodies as soon as it is delivered or the link expires, so the outbox never keeps a working link.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void queueWithLink(@NotNull @Valid MailMessage message, @NotNull Instant linkExpires) {
        OutboxMessage queued = new OutboxMessage(message, clock.instant());
        queued.carriesLinkUntil(linkExpires);
        em.persist(queued);
    }
}

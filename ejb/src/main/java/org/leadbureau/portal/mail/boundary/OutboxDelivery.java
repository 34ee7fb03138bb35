package org.leadbureau.portal.mail.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.leadbureau.portal.mail.control.RetryPolicy;
import org.leadbureau.portal.mail.control.SmtpGateway;
import org.leadbureau.portal.mail.entity.MailStatus;
import org.leadbureau.portal.mail.entity.OutboxMessage;
import org.leadbureau.portal.platform.metrics.PortalMetrics;
import org.leadbureau.portal.platform.persistence.JobLocks;

/** One delivery run: the due messages, sent over one SMTP connection, each marked sent or failed. */
@Stateless
public class OutboxDelivery {

    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());
    /** Bounded batches keep the transaction (and the job lock) short even when the SMTP server is slow. */
    static final int BATCH = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    JobLocks jobLocks;

    @Inject
    SmtpGateway smtp;

    @Inject
    Clock clock;

    @Inject
    PortalMetrics metrics;

    /**
     * Sends what is due and records the outcome in the same transaction. The job lock keeps other nodes out
     * until that transaction commits, so the messages marked SENT here are never picked up again.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int deliverBatch() {
        jobLocks.lock(JobLocks.OUTBOX_SENDER);
        Instant now = clock.instant();
        List<OutboxMessage> due = em.createNamedQuery(OutboxMessage.FIND_DUE, OutboxMessage.class)
                .setParameter("status", MailStatus.QUEUED)
                .setParameter("now", now)
                .setMaxResults(BATCH)
                .getResultList();
        if (due.isEmpty()) {
            return 0;
        }
        int sent = 0;
        try (SmtpGateway.Connection connection = smtp.connect()) {
            for (OutboxMessage message : due) {
                try {
                    connection.send(message);
                    message.sent(clock.instant());
                    sent++;
                } catch (MessagingException e) {
                    failed(message, e);
                }
            }
        } catch (MessagingException e) {
            // The server could not be reached: every message of the batch waits for its next try.
            due.forEach(message -> failed(message, e));
        }
        return sent;
    }

    private void failed(OutboxMessage message, MessagingException e) {
        LOG.log(Level.WARNING, "Mail " + message.getId() + " to " + message.getRecipient() + " not delivered: " + e);
        message.attemptFailed(describe(e), clock.instant(), RetryPolicy.DEFAULT);
        metrics.mailFailed();
    }

    private static String describe(Throwable e) {
        var text = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && cause != e; cause = cause.getCause()) {
            text.append(" (").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage()).append(')');
        }
        return text.toString();
    }
}

package org.leadbureau.portal.mail.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.leadbureau.portal.mail.control.SmtpGateway;

/**
 * Every few seconds, delivers the messages that are due. Each node runs this timer; the batches are serialised
 * across nodes by a job lock (see {@link OutboxDelivery}), so a message is never sent by two nodes.
 */
@Stateless
public class OutboxSender {

    @Inject
    SmtpGateway smtp;

    @Inject
    OutboxDelivery delivery;

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false, info = "outbox sender")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void deliverDue() {
        // Without an SMTP host, messages wait in the outbox (ADMIN reads them there).
        if (smtp.isConfigured()) {
            delivery.deliverBatch();
        }
    }
}

package org.leadbureau.portal.mail.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.leadbureau.portal.platform.retention.Removed;
import org.leadbureau.portal.platform.retention.Retention;
import org.leadbureau.portal.platform.retention.RetentionRule;

/**
 * Removes the bodies and attachments of delivered mail after {@link Retention#MAIL_BODIES}, and those of a message
 * that carried a sign-in link as soon as it is delivered or the link expires; who, what and when stay. A message
 * whose link expired before it could be delivered is not sent any more.
 */
@Dependent
public class OutboxRetention implements RetentionRule {

    static final String REDACTED_TEXT = "(The text of this message was removed by the portal's retention rules.)";
    static final String REDACTED_HTML = "<p>" + REDACTED_TEXT + "</p>";

    private static final Logger LOG = Logger.getLogger(OutboxRetention.class.getName());

    /** The messages to redact: delivered long enough ago, or holding a link that was delivered or expired. */
    private static final String DUE = "redacted_at is null and ((status = 'SENT' and sent_at < :bodiesBefore)"
            + " or (link_expires_at is not null and (status = 'SENT' or link_expires_at <= :now)))";

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Removed> apply(Instant now) {
        Instant bodiesBefore = Retention.cutOff(now, Retention.MAIL_BODIES);
        int expired = em.createNativeQuery("update outbox_message set status = 'FAILED', last_error = :reason,"
                        + " version = version + 1 where status = 'QUEUED' and link_expires_at <= :now")
                .setParameter("reason", "Not sent: its link expired before it could be delivered.")
                .setParameter("now", now)
                .executeUpdate();
        int attachments = em.createNativeQuery("delete from outbox_attachment where message_id in"
                        + " (select id from outbox_message where " + DUE + ")")
                .setParameter("bodiesBefore", bodiesBefore)
                .setParameter("now", now)
                .executeUpdate();
        int messages = em.createNativeQuery("update outbox_message set body_text = :text, body_html = :html,"
                        + " redacted_at = :now, version = version + 1 where " + DUE)
                .setParameter("text", REDACTED_TEXT)
                .setParameter("html", REDACTED_HTML)
                .setParameter("bodiesBefore", bodiesBefore)
                .setParameter("now", now)
                .executeUpdate();
        if (expired + messages > 0) {
            LOG.info(() -> "Retention: removed the bodies of " + messages + " delivered messages (and " + attachments
                    + " attachments); " + expired + " messages were not sent because their link had expired");
        }
        return List.of(new Removed("outboxMessagesRedacted", messages),
                new Removed("outboxAttachmentsRemoved", attachments), new Removed("outboxLinksExpiredUnsent", expired));
    }
}

package org.leadbureau.portal.mail.boundary;

import java.io.Serializable;
import java.time.Instant;
import org.leadbureau.portal.mail.entity.MailStatus;

/**
 * A message as the outbox list shows it: who, what, when and how delivery goes, never its bodies nor its
 * attachments (those are read when the message is opened). A class with getters because the page reads it.
 */
public final class OutboxRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final Instant createdAt;
    private final String recipient;
    private final String subject;
    private final MailStatus status;
    private final int attempts;
    private final String lastError;

    public OutboxRow(long id, Instant createdAt, String recipient, String subject, MailStatus status, int attempts,
                     String lastError) {
        this.id = id;
        this.createdAt = createdAt;
        this.recipient = recipient;
        this.subject = subject;
        this.status = status;
        this.attempts = attempts;
        this.lastError = lastError;
    }

    public long getId() {
        return id;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }
}

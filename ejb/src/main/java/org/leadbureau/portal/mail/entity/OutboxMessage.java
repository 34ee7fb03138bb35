package org.leadbureau.portal.mail.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.leadbureau.portal.mail.control.MailMessage;
import org.leadbureau.portal.mail.control.RetryPolicy;
import org.leadbureau.portal.platform.persistence.Columns;

/**
 * One e-mail in the outbox. It is written in the transaction of the change that caused it and delivered later
 * by the sender, which records each attempt: a message is QUEUED until the SMTP server accepts it (SENT) or the
 * sender gives up (FAILED).
 */
@Entity
@Table(name = "outbox_message")
@NamedQuery(name = OutboxMessage.FIND_DUE, query = "select m from OutboxMessage m where m.status = :status"
        + " and m.nextAttemptAt <= :now order by m.nextAttemptAt, m.id")
@NamedQuery(name = OutboxMessage.COUNT_BY_STATUS, query = "select m.status, count(m) from OutboxMessage m group by m.status")
public class OutboxMessage {

    public static final String FIND_DUE = "OutboxMessage.findDue";
    public static final String COUNT_BY_STATUS = "OutboxMessage.countByStatus";
    private static final int MAX_ERROR = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 320)
    private String recipient;

    @Column(nullable = false, length = 300)
    private String subject;

    @Lob
    @Column(name = "body_text", nullable = false, length = Columns.LONG_TEXT)
    private String bodyText;

    @Lob
    @Column(name = "body_html", nullable = false, length = Columns.LONG_TEXT)
    private String bodyHtml;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "message_id", nullable = false)
    @OrderBy("id")
    private List<OutboxAttachment> attachments = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MailStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = MAX_ERROR)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    /** Until when a set-up, invitation or reset link in the message works; null when it carries none. */
    @Column(name = "link_expires_at")
    private Instant linkExpiresAt;

    /** When retention removed the bodies and attachments; null while the message still has them. */
    @Column(name = "redacted_at")
    private Instant redactedAt;

    @Version
    private long version;

    protected OutboxMessage() {
        // for JPA
    }

    public OutboxMessage(MailMessage message, Instant now) {
        Objects.requireNonNull(message, "message");
        this.recipient = message.to();
        this.subject = message.subject();
        this.bodyText = message.text();
        this.bodyHtml = message.html();
        message.attachments().forEach(attachment -> attachments.add(
                new OutboxAttachment(attachment.fileName(), attachment.contentType(), attachment.content())));
        this.status = MailStatus.QUEUED;
        this.createdAt = Objects.requireNonNull(now, "now");
        this.nextAttemptAt = now;
    }

    /** The message holds a link that signs someone in until {@code expires}: it is redacted once delivered. */
    public void carriesLinkUntil(Instant expires) {
        this.linkExpiresAt = Objects.requireNonNull(expires, "expires");
    }

    /** The SMTP server accepted the message: it is never sent again. */
    public void sent(Instant now) {
        requireQueued();
        attempts++;
        status = MailStatus.SENT;
        sentAt = now;
        lastError = null;
    }

    /** An attempt failed: try again when the policy says, or give up (FAILED) when it says no more. */
    public void attemptFailed(String error, Instant now, RetryPolicy retries) {
        requireQueued();
        attempts++;
        lastError = error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
        retries.nextAttempt(attempts, now).ifPresentOrElse(next -> nextAttemptAt = next, () -> status = MailStatus.FAILED);
    }

    private void requireQueued() {
        if (status != MailStatus.QUEUED) {
            throw new IllegalStateException("Message " + id + " is " + status + ", not queued");
        }
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBodyText() {
        return bodyText;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public List<OutboxAttachment> getAttachments() {
        return List.copyOf(attachments);
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}

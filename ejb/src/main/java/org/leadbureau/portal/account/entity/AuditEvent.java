package org.leadbureau.portal.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** Something that happened that the Bureau may need to account for later. Never holds a secret. */
@Entity
@Table(name = "audit_event")
@NamedQuery(name = AuditEvent.DELETE_BEFORE, query = "delete from AuditEvent e where e.occurredAt < :before")
public class AuditEvent {

    public static final String DELETE_BEFORE = "AuditEvent.deleteBefore";

    public enum Action {
        SIGN_IN, SIGN_IN_FAILED, LOCKED_OUT, SIGN_IN_UNLOCKED, SIGN_OUT,
        FIRST_ADMIN_CREATED, USER_CREATED, USER_INVITED, ROLES_CHANGED, USER_DEACTIVATED, USER_ACTIVATED,
        PASSWORD_CHANGED, PASSWORD_RESET_REQUESTED, PASSWORD_RESET_FORCED, PASSWORD_SET,
        TOTP_ENABLED, TOTP_REPLACED, TOTP_DISABLED, TOTP_RESET, TOTP_RECOVERY_USED, SETTING_CHANGED, DATA_EXPORTED,
        INQUIRY_ASSIGNED, INQUIRY_MARKED_SPAM, INQUIRY_LINKED_TO_SITE, INQUIRY_RELEASED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(length = 254)
    private String actor;

    @Column(name = "client_address", length = 64)
    private String clientAddress;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Action action;

    @Column(length = 254)
    private String subject;

    @Column(length = 1000)
    private String detail;

    protected AuditEvent() {
        // for JPA
    }

    public AuditEvent(Instant occurredAt, String actor, String clientAddress, Action action, String subject,
            String detail) {
        this.occurredAt = occurredAt;
        this.actor = clip(actor, 254);
        this.clientAddress = clip(clientAddress, 64);
        this.action = action;
        this.subject = clip(subject, 254);
        this.detail = clip(detail, 1000);
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public Action getAction() {
        return action;
    }

    public String getSubject() {
        return subject;
    }

    public String getDetail() {
        return detail;
    }
}

package org.leadbureau.portal.inquiry.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.leadbureau.portal.platform.persistence.Columns;

/** One entry of an inquiry's timeline: what happened, who did it and when. Never changed. */
@Entity
@Table(name = "inquiry_event")
public class InquiryEvent implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        RECEIVED("Received"),
        STATUS("Status changed"),
        NOTE("Internal note"),
        EMAIL("Email sent"),
        ASSIGNED("Assigned"),
        SITE("Linked to a site"),
        VISIT("Site visit requested");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String getLabel() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "inquiry_id", nullable = false)
    private Inquiry inquiry;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private Kind kind;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 254)
    private String actor;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "from_status", length = 16)
    private InquiryStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "to_status", length = 16)
    private InquiryStatus toStatus;

    @Lob
    @Column(length = Columns.LONG_TEXT)
    private String detail;

    protected InquiryEvent() {
        // for JPA
    }

    InquiryEvent(Inquiry inquiry, Kind kind, Instant occurredAt, String actor, InquiryStatus fromStatus,
                 InquiryStatus toStatus, String detail) {
        this.inquiry = Objects.requireNonNull(inquiry, "inquiry");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.actor = actor.length() > 254 ? actor.substring(0, 254) : actor;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.detail = detail;
    }

    public Long getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public InquiryStatus getFromStatus() {
        return fromStatus;
    }

    public InquiryStatus getToStatus() {
        return toStatus;
    }

    public String getDetail() {
        return detail;
    }
}

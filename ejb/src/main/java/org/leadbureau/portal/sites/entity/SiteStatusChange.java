package org.leadbureau.portal.sites.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** One entry of a site's history: its status from a date on, who recorded it, and why. Never changed. */
@Entity
@Table(name = "site_status_change")
public class SiteStatusChange implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "site_id", nullable = false)
    private Site site;

    @Convert(converter = SiteStatusConverter.class)
    @Column(nullable = false, length = 20)
    private SiteStatus status;

    @Column(name = "effective_on", nullable = false)
    private LocalDate effectiveOn;

    /** How much of {@link #effectiveOn} is known: a site that launched "in 2011" has been operational since 2011. */
    @Enumerated(EnumType.STRING)
    @Column(name = "effective_precision", nullable = false, length = 5)
    private LaunchDate.Precision effectivePrecision = LaunchDate.Precision.DAY;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 200)
    private String recordedBy;

    @Column(length = 500)
    private String note;

    protected SiteStatusChange() {
        // for JPA
    }

    SiteStatusChange(Site site, SiteStatus status, LocalDate effectiveOn, Instant recordedAt, String recordedBy,
                     String note) {
        this.site = Objects.requireNonNull(site, "site");
        this.status = Objects.requireNonNull(status, "status");
        this.effectiveOn = Objects.requireNonNull(effectiveOn, "effectiveOn");
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
        this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
        this.note = note;
    }

    /** A first status that took effect when the site launched, known as precisely as the launch date. */
    SiteStatusChange(Site site, SiteStatus status, LaunchDate launched, Instant recordedAt, String recordedBy) {
        this(site, status, launched.firstDay(), recordedAt, recordedBy, null);
        this.effectivePrecision = launched.precision();
    }

    public SiteStatus getStatus() {
        return status;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public LaunchDate.Precision getEffectivePrecision() {
        return effectivePrecision;
    }

    /** Since when, for people, as precisely as known: "2011", "Oct 2011", "21 Apr 2014". */
    public String getSince() {
        return since().display();
    }

    /** Since when, as precisely as known, to be written in the reader's language. */
    public LaunchDate since() {
        return LaunchDate.of(effectiveOn, effectivePrecision);
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public String getNote() {
        return note;
    }
}

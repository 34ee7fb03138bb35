package org.leadbureau.portal.visits.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One entry of a visit's history: what happened, who did it, when, and why. Never changed. */
@Entity
@Table(name = "site_visit_history")
public class SiteVisitHistory implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "visit_id", nullable = false)
    private SiteVisit visit;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 254)
    private String actor;

    @Column(nullable = false, length = 40)
    private String action;

    @Column(nullable = false, length = 2000)
    private String detail;

    protected SiteVisitHistory() {
        // for JPA
    }

    SiteVisitHistory(SiteVisit visit, Instant occurredAt, String actor, String action, String detail) {
        this.visit = visit;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.detail = detail.length() > 2000 ? detail.substring(0, 1999) + "…" : detail;
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

    public String getAction() {
        return action;
    }

    public String getDetail() {
        return detail;
    }
}

package org.leadbureau.portal.visits.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/** Someone who took part in a site visit besides its site contact, entered by staff so they can evaluate it. */
@Entity
@Table(name = "visit_participant")
@NamedQuery(name = VisitParticipant.FIND_FOR_VISIT, query = "select p from VisitParticipant p where p.visit.id = :id"
        + " order by p.name, p.id")
public class VisitParticipant {

    public static final String FIND_FOR_VISIT = "VisitParticipant.findForVisit";
    /** A visit's list stays the size of a meeting room. */
    public static final int MAX_PER_VISIT = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "visit_id")
    private SiteVisit visit;

    @Column(nullable = false, length = 200)
    private String name;

    /** Lower-cased: one address is one person. */
    @Column(nullable = false, length = 320)
    private String email;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected VisitParticipant() {
        // for JPA
    }

    public VisitParticipant(SiteVisit visit, String name, String email, Instant now) {
        this.visit = Objects.requireNonNull(visit, "visit");
        this.name = Objects.requireNonNull(name, "name").strip();
        this.email = Objects.requireNonNull(email, "email").strip().toLowerCase(Locale.ROOT);
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    public Long getId() {
        return id;
    }

    public SiteVisit getVisit() {
        return visit;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }
}

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
import java.time.ZoneId;
import java.util.Objects;
import org.leadbureau.portal.account.entity.StaffUser;

/** A period a trainer cannot be booked (leave, other commitments), entered in a zone of their choosing. */
@Entity
@Table(name = "trainer_unavailability")
@NamedQuery(name = TrainerUnavailability.FIND_OVERLAPPING, query = "select u from TrainerUnavailability u"
        + " where u.trainer.id = :trainer and u.startsAt < :to and u.endsAt > :from order by u.startsAt")
@NamedQuery(name = TrainerUnavailability.FIND_FOR_TRAINER, query = "select u from TrainerUnavailability u"
        + " where u.trainer.email = :email and u.endsAt > :from order by u.startsAt")
public class TrainerUnavailability {

    public static final String FIND_OVERLAPPING = "TrainerUnavailability.findOverlapping";
    public static final String FIND_FOR_TRAINER = "TrainerUnavailability.findForTrainer";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "trainer_id", nullable = false)
    private StaffUser trainer;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(nullable = false, length = 64)
    private String zone;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "created_by", nullable = false, length = 254)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected TrainerUnavailability() {
        // for JPA
    }

    public TrainerUnavailability(StaffUser trainer, Instant start, Instant end, ZoneId zone, String reason,
                                 String createdBy, Instant now) {
        this.trainer = Objects.requireNonNull(trainer, "trainer");
        this.startsAt = Objects.requireNonNull(start, "start");
        this.endsAt = Objects.requireNonNull(end, "end");
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("A period ends after it starts");
        }
        this.zone = zone.getId();
        this.reason = reason == null || reason.isBlank() ? "Unavailable" : reason.strip();
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public StaffUser getTrainer() {
        return trainer;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public ZoneId getZone() {
        return ZoneId.of(zone);
    }

    public String getReason() {
        return reason;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}

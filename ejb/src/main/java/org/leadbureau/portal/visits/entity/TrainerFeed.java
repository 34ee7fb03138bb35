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
import org.leadbureau.portal.account.entity.StaffUser;

/** A trainer's private calendar feed: only the hash of its secret is kept (SecureTokens.hash). */
@Entity
@Table(name = "trainer_feed")
@NamedQuery(name = TrainerFeed.FIND_BY_HASH, query = "select f from TrainerFeed f where f.tokenHash = :hash")
@NamedQuery(name = TrainerFeed.FIND_BY_TRAINER, query = "select f from TrainerFeed f where f.trainer.id = :trainer")
public class TrainerFeed {

    public static final String FIND_BY_HASH = "TrainerFeed.findByHash";
    public static final String FIND_BY_TRAINER = "TrainerFeed.findByTrainer";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "trainer_id", nullable = false, unique = true)
    private StaffUser trainer;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected TrainerFeed() {
        // for JPA
    }

    public TrainerFeed(StaffUser trainer, String tokenHash, Instant now) {
        this.trainer = trainer;
        this.tokenHash = tokenHash;
        this.createdAt = now;
    }

    /** A new secret: the old link stops working at once. */
    public void replaceToken(String newTokenHash, Instant now) {
        this.tokenHash = newTokenHash;
        this.createdAt = now;
    }

    public StaffUser getTrainer() {
        return trainer;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

package org.leadbureau.portal.training.entity;

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

/**
 * A manage link of a registration: the one in the registration's answer and one in each message to the registrant.
 * Only the SHA-256 of its token is stored, like every other link token, so a leaked table opens no registration; a
 * link works as long as its registration exists.
 */
@Entity
@Table(name = "registration_link")
@NamedQuery(name = RegistrationLink.FIND_REGISTRATION_BY_HASH, query = "select r from RegistrationLink l"
        + " join l.registration r join fetch r.training where l.tokenHash = :hash")
public class RegistrationLink {

    public static final String FIND_REGISTRATION_BY_HASH = "RegistrationLink.findRegistrationByHash";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "registration_id")
    private Registration registration;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected RegistrationLink() {
        // for JPA
    }

    public RegistrationLink(Registration registration, String tokenHash, Instant createdAt) {
        this.registration = registration;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }
}

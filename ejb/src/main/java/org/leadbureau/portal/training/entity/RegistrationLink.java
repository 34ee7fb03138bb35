package org.leadbureau.portal.training.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.leadbureau.portal.platform.security.HashedLink;

/**
 * A manage link of a registration: the one in the registration's answer and one in each message to the registrant.
 * Only the SHA-256 of its token is stored, like every other link token, so a leaked table opens no registration; a
 * link works as long as its registration exists.
 */
@Entity
@Table(name = "registration_link")
@NamedQuery(name = RegistrationLink.FIND_REGISTRATION_BY_HASH, query = "select r from RegistrationLink l"
        + " join l.registration r join fetch r.training where l.tokenHash = :hash")
public class RegistrationLink extends HashedLink {

    public static final String FIND_REGISTRATION_BY_HASH = "RegistrationLink.findRegistrationByHash";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "registration_id")
    private Registration registration;

    protected RegistrationLink() {
        // for JPA
    }

    public RegistrationLink(Registration registration, String tokenHash, Instant createdAt) {
        super(tokenHash, createdAt);
        this.registration = registration;
    }
}

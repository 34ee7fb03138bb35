package org.leadbureau.portal.training.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import org.leadbureau.portal.platform.security.HashedLink;
import org.leadbureau.portal.training.entity.Registration;
import org.leadbureau.portal.training.entity.RegistrationLink;

/** Issues registrants' manage links (stored as hashes, in the caller's transaction) and finds them again. */
@ApplicationScoped
public class ManageLinks {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** A fresh token for the registration, for one message or answer; earlier ones stay valid. */
    public String issue(Registration registration) {
        return HashedLink.issue(em, hash -> new RegistrationLink(registration, hash, clock.instant()));
    }

    public Optional<Registration> find(String token) {
        return HashedLink.find(em, RegistrationLink.FIND_REGISTRATION_BY_HASH, Registration.class, token);
    }
}

package org.leadbureau.portal.platform.limits;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.leadbureau.portal.platform.i18n.Wording;
import org.leadbureau.portal.platform.persistence.JobLocks;
import org.leadbureau.portal.platform.request.RequestOrigin;
import org.leadbureau.portal.platform.rules.TooManyRequestsException;

/**
 * The counts behind {@link FormLimits}, shared by every node. A submission is checked and recorded under the
 * form's job lock, held to the end of the caller's transaction, so simultaneous posts cannot all slip under a
 * limit; a refused post, or one whose transaction rolls back, does not count.
 */
@ApplicationScoped
public class FormSubmissions {

    @PersistenceContext
    EntityManager em;

    @Inject
    JobLocks locks;

    @Inject
    RequestOrigin origin;

    @Inject
    Clock clock;

    /**
     * Refuses the submission when the current client address, or everyone, has reached a limit; otherwise
     * records it.
     *
     * @param form     the form's name, also the name of its job lock (seeded by a migration)
     * @param accepted false for a post dropped as a bot's: it uses up its address's allowance, not everyone's
     * @param refusal  what the person is told, in the words of the form
     * @throws TooManyRequestsException over a limit, with the time submissions may resume
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void admit(String form, FormLimits limits, boolean accepted, Wording refusal) {
        locks.lock(form);
        Instant now = clock.instant();
        String address = address();
        Instant since = limits.windowStart(now);
        // Submissions that left the window count for nothing any more: the table stays small.
        em.createNamedQuery(FormSubmission.DELETE_UP_TO).setParameter("form", form).setParameter("until", since)
                .executeUpdate();
        List<Instant> fromAddress = em.createNamedQuery(FormSubmission.TIMES_FROM_ADDRESS, Instant.class)
                .setParameter("form", form).setParameter("address", address).setParameter("since", since)
                .getResultList();
        List<Instant> all = limits.overall() == null ? List.of()
                : em.createNamedQuery(FormSubmission.ACCEPTED_SINCE, Instant.class)
                        .setParameter("form", form).setParameter("since", since).getResultList();
        limits.refusedUntil(fromAddress, all, now).ifPresent(until -> {
            throw new TooManyRequestsException(refusal, until);
        });
        em.persist(new FormSubmission(form, address, now, accepted));
    }

    private String address() {
        String address = origin.getClientAddress();
        return address.length() > FormSubmission.ADDRESS_LENGTH ? address.substring(0, FormSubmission.ADDRESS_LENGTH) : address;
    }
}

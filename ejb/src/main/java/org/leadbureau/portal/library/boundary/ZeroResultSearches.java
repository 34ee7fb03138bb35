package org.leadbureau.portal.library.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import org.leadbureau.portal.library.control.SearchTerms;
import org.leadbureau.portal.platform.config.PortalConfig;

/**
 * Counts the searches that found nothing, per normalised term ({@link SearchTerms}) and day in the Bureau's zone,
 * for the staff dashboard: the library's gaps. Nothing about who searched is kept (no address, no session), only the
 * term and how often. Growth is bounded: at most {@link #TERMS_PER_DAY} terms a day (later new ones that day are not
 * counted, known ones still are), and the retention job removes days older than two years.
 */
@Stateless
public class ZeroResultSearches {

    public static final int TERMS_PER_DAY = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Counts one search of {@code query} that found nothing, in a transaction of its own, so that the search is
     * answered whatever happens here. Two nodes adding the same new term at once meet in one row (the upsert).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void count(String query) {
        SearchTerms.normalise(query).ifPresent(term -> {
            LocalDate day = LocalDate.now(clock.withZone(PortalConfig.bureauZone()));
            int known = em.createNativeQuery("update zero_result_search set searches = searches + 1"
                    + " where search_day = :day and term = :term")
                    .setParameter("day", day).setParameter("term", term).executeUpdate();
            if (known == 0 && ((Number) em.createNativeQuery("select count(*) from zero_result_search where search_day = :day")
                    .setParameter("day", day).getSingleResult()).longValue() < TERMS_PER_DAY) {
                em.createNativeQuery("insert into zero_result_search (search_day, term, searches) values (:day, :term, 1)"
                                + " on duplicate key update searches = searches + 1")
                        .setParameter("day", day).setParameter("term", term).executeUpdate();
            }
        });
    }
}

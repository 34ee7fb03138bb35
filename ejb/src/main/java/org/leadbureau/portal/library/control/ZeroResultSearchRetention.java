package org.leadbureau.portal.library.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.leadbureau.portal.platform.retention.Removed;
import org.leadbureau.portal.platform.retention.Retention;
import org.leadbureau.portal.platform.retention.RetentionRule;

/** Deletes the counts of searches that found nothing once they are older than {@link Retention#ZERO_RESULT_SEARCHES}. */
@Dependent
public class ZeroResultSearchRetention implements RetentionRule {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Removed> apply(Instant now) {
        LocalDate cutOff = LocalDate.ofInstant(Retention.cutOff(now, Retention.ZERO_RESULT_SEARCHES), ZoneOffset.UTC);
        int days = em.createNativeQuery("delete from zero_result_search where search_day < :cutOff")
                .setParameter("cutOff", cutOff).executeUpdate();
        return List.of(new Removed("zeroResultSearches", days));
    }
}

package org.leadbureau.portal.platform.retention;

import java.time.Instant;
import java.util.List;

/**
 * What one feature removes once it is no longer needed. {@link RetentionJobs} applies every rule, in its own
 * transaction and under the {@code retention} job lock, so a rule only deletes and says what it deleted.
 */
public interface RetentionRule {

    /** Removes what is due at {@code now}; answers how many of what. */
    List<Removed> apply(Instant now);
}

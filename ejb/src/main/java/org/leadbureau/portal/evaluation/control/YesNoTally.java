package org.leadbureau.portal.evaluation.control;

import java.util.Map;

/** How a yes-or-no question was answered. */
public record YesNoTally(long yes, long no) {

    /** From the counts per answer as the database grouped them. */
    public static YesNoTally of(Map<Boolean, Long> grouped) {
        return new YesNoTally(grouped.getOrDefault(Boolean.TRUE, 0L), grouped.getOrDefault(Boolean.FALSE, 0L));
    }
}

package org.leadbureau.portal.inquiry.control;

import java.time.Duration;
import org.leadbureau.portal.platform.limits.FormLimits;
import org.leadbureau.portal.platform.persistence.JobLocks;
import org.leadbureau.portal.platform.rules.WindowLimit;

/**
 * Rate limits on inquiries, for the form and the API alike: at most 5 from one address and 100 accepted in all
 * within any hour. A refused post does not count, and a bot's counts against its own address only.
 */
public final class IntakeLimits {

    /** The form's name in the counts, and the lock that also serialises reference numbers. */
    public static final String FORM = JobLocks.INQUIRY_INTAKE;
    public static final FormLimits LIMITS = new FormLimits(new WindowLimit(5, Duration.ofHours(1)),
            new WindowLimit(100, Duration.ofHours(1)));

    private IntakeLimits() {
    }
}

package org.leadbureau.portal.training.control;

import java.time.Duration;
import java.time.Instant;
import org.leadbureau.portal.training.entity.Registration;
import org.leadbureau.portal.training.entity.RegistrationStatus;
import org.leadbureau.portal.training.entity.TrainingStatus;

/**
 * Who is reminded of a training, and when: each confirmed registrant of a published training, once, in the day
 * before it starts; except those who registered within that day, who just had their confirmation.
 */
public final class ReminderRule {

    /** How long before the start reminders go out. */
    public static final Duration AHEAD = Duration.ofHours(24);

    private ReminderRule() {
    }

    /** Whether the job, running at {@code now}, is due to handle this registration (remind it or mark it done). */
    public static boolean due(Registration registration, Instant now) {
        Instant start = registration.getTraining().getStartsAt();
        return registration.getStatus() == RegistrationStatus.CONFIRMED
                && registration.getReminderSentAt() == null
                && registration.getTraining().getStatus() == TrainingStatus.PUBLISHED
                && start.isAfter(now) && !start.isAfter(now.plus(AHEAD));
    }

    /** Whether a due registration gets a reminder message (not only the "done" mark). */
    public static boolean remind(Registration registration) {
        return registration.getCreatedAt().isBefore(registration.getTraining().getStartsAt().minus(AHEAD));
    }
}

package org.leadbureau.portal.evaluation.control;

import java.time.Duration;
import java.time.Instant;
import org.leadbureau.portal.evaluation.entity.Evaluation;

/**
 * Who is reminded of an evaluation: whoever has not answered it a week after the invitation, once, while the link
 * still works. Nobody who answered hears from us again.
 */
public final class ReminderRule {

    /** How long after the invitation the reminder goes out. */
    public static final Duration AFTER = Duration.ofDays(7);

    private ReminderRule() {
    }

    public static boolean due(Evaluation evaluation, Instant now) {
        return due(evaluation.getInvitedAt(), evaluation.getAnsweredAt(), evaluation.getRemindedAt(),
                evaluation.getExpiresAt(), now);
    }

    static boolean due(Instant invitedAt, Instant answeredAt, Instant remindedAt, Instant expiresAt, Instant now) {
        return answeredAt == null && remindedAt == null
                && !now.isBefore(invitedAt.plus(AFTER)) && now.isBefore(expiresAt);
    }
}

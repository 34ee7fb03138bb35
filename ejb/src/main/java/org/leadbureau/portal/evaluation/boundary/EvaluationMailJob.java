package org.leadbureau.portal.evaluation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.leadbureau.portal.evaluation.control.Invitations;
import org.leadbureau.portal.platform.persistence.DeploymentStarted;
import org.leadbureau.portal.platform.persistence.JobLocks;
import org.leadbureau.portal.platform.security.Roles;

/**
 * Every five minutes on every node (the job lock lets one node at a time do it): invites the attendees of trainings
 * that have ended, and reminds whoever has not answered a week after. Each run handles a bounded batch of each, so
 * a backlog drains over a few runs without one long transaction. An administrator may run it at once.
 */
@Stateless
public class EvaluationMailJob {

    /** The most invitations, and the most reminders, one run queues. */
    static final int BATCH = 200;

    @Inject
    DeploymentStarted deploymentStarted;

    @Inject
    JobLocks jobLocks;

    @Inject
    Invitations invitations;

    /** How many invitations and reminders a run queued. */
    public record Sent(int invited, int reminded) {
    }

    @Schedule(hour = "*", minute = "*/5", persistent = false, info = "evaluation mail")
    void scheduled() {
        deploymentStarted.await();
        send();
    }

    @RolesAllowed(Roles.ADMIN)
    public Sent sendNow() {
        return send();
    }

    private Sent send() {
        jobLocks.lock(JobLocks.EVALUATION_MAIL);
        return new Sent(invitations.inviteAttendees(BATCH), invitations.remind(BATCH));
    }
}

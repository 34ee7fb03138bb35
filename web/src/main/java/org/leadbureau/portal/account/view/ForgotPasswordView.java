package org.leadbureau.portal.account.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import org.leadbureau.portal.account.boundary.PasswordLinks;
import org.leadbureau.portal.platform.rules.InvalidInputException;
import org.leadbureau.portal.platform.rules.TooManyRequestsException;
import org.leadbureau.portal.platform.view.Refusals;
import org.omnifaces.util.Messages;

/**
 * {@code /forgot-password}: asks for a reset link; the answer is the same, and takes the same time, whether or not
 * the account exists.
 */
@Named
@RequestScoped
public class ForgotPasswordView {

    /** Longer than the slowest request takes, known address or not. */
    static final Duration MINIMUM_ANSWER = Duration.ofMillis(400);

    @Inject
    PasswordLinks passwordLinks;

    private String email;
    private boolean requested;

    /**
     * Every answer takes at least {@link #MINIMUM_ANSWER}: the request's transaction, which queues the mail for a
     * known account, ends within that floor, so a known and an unknown address take the same time.
     */
    public void request() {
        long started = System.nanoTime();
        try {
            passwordLinks.requestReset(email);
            requested = true;
        } catch (InvalidInputException refusal) {
            Refusals.show(refusal);
        } catch (TooManyRequestsException refusal) {
            Messages.addGlobalWarn(refusal.getMessage());
        } finally {
            padTo(started);
        }
    }

    private static void padTo(long started) {
        long left = MINIMUM_ANSWER.toNanos() - (System.nanoTime() - started);
        if (left > 0) {
            try {
                Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public boolean isRequested() {
        return requested;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}

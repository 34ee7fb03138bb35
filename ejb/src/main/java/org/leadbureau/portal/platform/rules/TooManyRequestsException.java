package org.leadbureau.portal.platform.rules;

import jakarta.ejb.ApplicationException;
import org.leadbureau.portal.platform.i18n.Wording;
import java.time.Instant;

/** The caller has reached a rate limit: pages say "try again later", the API answers 429 with Retry-After. */
@ApplicationException(rollback = true)
public class TooManyRequestsException extends WordedException {

    private final Instant retryAt;

    public TooManyRequestsException(String message, Instant retryAt) {
        super(message);
        this.retryAt = retryAt;
    }

    public TooManyRequestsException(Wording wording, Instant retryAt) {
        super(wording);
        this.retryAt = retryAt;
    }

    public Instant getRetryAt() {
        return retryAt;
    }
}

package org.leadbureau.portal.platform.rules;

import jakarta.ejb.ApplicationException;
import java.time.Instant;

/** The caller has reached a rate limit: pages say "try again later", the API answers 429 with Retry-After. */
@ApplicationException(rollback = true)
public class TooManyRequestsException extends RuntimeException {

    private final Instant retryAt;

    public TooManyRequestsException(String message, Instant retryAt) {
        super(message);
        this.retryAt = retryAt;
    }

    public Instant getRetryAt() {
        return retryAt;
    }
}

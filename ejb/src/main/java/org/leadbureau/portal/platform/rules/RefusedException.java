package org.leadbureau.portal.platform.rules;

import jakarta.ejb.ApplicationException;

/** A valid request that the rules refuse right now, e.g. registration is closed (the API answers 422). */
@ApplicationException(rollback = true)
public class RefusedException extends RuntimeException {

    public RefusedException(String message) {
        super(message);
    }
}

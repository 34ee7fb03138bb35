package org.leadbureau.portal.platform.rules;

import jakarta.ejb.ApplicationException;

/**
 * The request clashes with something that already exists (the API answers 409). It does not roll back: what
 * the boundary did before throwing it (e.g. queuing a reminder of the existing registration) still commits.
 */
@ApplicationException(rollback = false)
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}

package org.leadbureau.portal.platform.rules;

import jakarta.ejb.ApplicationException;

/** The thing asked for does not exist (or is not public): the API answers 404, pages their "not found" page. */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}

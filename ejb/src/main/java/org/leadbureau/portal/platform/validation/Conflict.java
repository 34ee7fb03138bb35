package org.leadbureau.portal.platform.validation;

import jakarta.ejb.ApplicationException;

/** The request clashes with what is already stored (a duplicate, a double booking); the API answers 409. */
@ApplicationException(rollback = true)
public class Conflict extends RuntimeException {

    public Conflict(String message) {
        super(message);
    }
}

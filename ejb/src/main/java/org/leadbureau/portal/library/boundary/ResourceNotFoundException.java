package org.leadbureau.portal.library.boundary;

import jakarta.ejb.ApplicationException;

/** No resource has this slug. */
@ApplicationException(rollback = true)
public class ResourceNotFoundException extends RuntimeException {

    public ResourceNotFoundException(String slug) {
        super("There is no resource '" + slug + "'.");
    }
}

package org.leadbureau.portal.platform.rules;

import jakarta.ejb.ApplicationException;

/**
 * The caller's role allows the action in general but not on this thing, e.g. a trainer changing a visit they are not
 * booked for: the API answers 403, pages show the message; nothing changes.
 */
@ApplicationException(rollback = true)
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}

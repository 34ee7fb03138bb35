package org.leadbureau.portal.platform.rules;

import jakarta.ejb.ApplicationException;
import org.leadbureau.portal.platform.i18n.Wording;

/** The thing asked for does not exist (or is not public): the API answers 404, pages their "not found" page. */
@ApplicationException(rollback = true)
public class NotFoundException extends WordedException {

    public NotFoundException(String message) {
        super(message);
    }

    public NotFoundException(Wording wording) {
        super(wording);
    }
}

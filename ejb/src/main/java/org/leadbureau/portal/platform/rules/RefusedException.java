package org.leadbureau.portal.platform.rules;

import jakarta.ejb.ApplicationException;
import org.leadbureau.portal.platform.i18n.Wording;

/** A valid request that the rules refuse right now, e.g. registration is closed (the API answers 422). */
@ApplicationException(rollback = true)
public class RefusedException extends WordedException {

    public RefusedException(String message) {
        super(message);
    }

    public RefusedException(Wording wording) {
        super(wording);
    }
}

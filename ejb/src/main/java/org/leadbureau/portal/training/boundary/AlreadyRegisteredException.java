package org.leadbureau.portal.training.boundary;

import jakarta.ejb.ApplicationException;
import org.leadbureau.portal.platform.i18n.Wording;
import org.leadbureau.portal.platform.rules.ConflictException;

/** The address already holds a live registration; the manage link was sent to it again (that commits). */
@ApplicationException(rollback = false)
public class AlreadyRegisteredException extends ConflictException {

    public AlreadyRegisteredException(Wording wording) {
        super(wording);
    }
}

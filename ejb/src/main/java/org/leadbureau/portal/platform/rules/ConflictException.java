package org.leadbureau.portal.platform.rules;

import jakarta.ejb.ApplicationException;
import org.leadbureau.portal.platform.i18n.Language;
import org.leadbureau.portal.platform.i18n.Wording;

/**
 * The request clashes with something that already exists (the API answers 409). It rolls back like every refusal;
 * a subclass that must keep what the boundary did before throwing it (e.g. queuing a reminder of the existing
 * registration) says {@code rollback = false} itself.
 */
@ApplicationException(rollback = true)
public class ConflictException extends WordedException {

    public ConflictException(String message) {
        super(message);
    }

    public ConflictException(Wording wording) {
        super(wording);
    }

    /** The refusal as a page says it (times in words); the API's message by default. */
    public String getInWords(Language language) {
        return getMessage(language);
    }

    /** The address of the page of what the request clashes with, when there is one (for a link); else null. */
    public String getSeeAlso() {
        return null;
    }
}

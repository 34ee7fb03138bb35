package org.leadbureau.portal.platform.rules;

import org.leadbureau.portal.platform.i18n.Language;
import org.leadbureau.portal.platform.i18n.Wording;

/**
 * A refusal that a person reads. Made with a {@link Wording} it can be said in any language (public pages and the
 * public API answer in the visitor's); made with a plain message (staff-only refusals) it is English.
 * {@link #getMessage()} is always the English.
 */
public abstract class WordedException extends RuntimeException {

    private final Wording wording;

    protected WordedException(String message) {
        super(message);
        this.wording = null;
    }

    protected WordedException(Wording wording) {
        super(wording.in(Language.DEFAULT));
        this.wording = wording;
    }

    /** The message in {@code language}, where it has words in it; English otherwise. */
    public String getMessage(Language language) {
        return wording == null ? getMessage() : wording.in(language);
    }
}

package org.leadbureau.portal.visits.control;

import org.leadbureau.portal.platform.i18n.Language;
import org.leadbureau.portal.platform.rules.ConflictException;

/**
 * A trainer is not free: the API's message names the other commitment with ISO dates (scripts parse them), the
 * pages' says the times in words and links the clashing visit.
 */
public class VisitClashException extends ConflictException {

    private static final long serialVersionUID = 1L;

    private final String inWords;
    private final Long clashingVisit;

    public VisitClashException(String message, String inWords, Long clashingVisit) {
        super(message);
        this.inWords = inWords;
        this.clashingVisit = clashingVisit;
    }

    /** Staff book visits, in English. */
    @Override
    public String getInWords(Language language) {
        return inWords;
    }

    @Override
    public String getSeeAlso() {
        return clashingVisit == null ? null : "/staff/visits/" + clashingVisit;
    }
}

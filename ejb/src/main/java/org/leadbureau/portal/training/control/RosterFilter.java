package org.leadbureau.portal.training.control;

import java.io.Serializable;
import org.leadbureau.portal.training.entity.RegistrationStatus;

/**
 * Which registrations of a roster staff look at (and export): one status or all, and text found in the name,
 * email or organisation (ignoring case). Both parts are optional.
 */
public final class RosterFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final RosterFilter ALL = new RosterFilter(null, null);

    private final RegistrationStatus status;
    private final String text;

    private RosterFilter(RegistrationStatus status, String text) {
        this.status = status;
        this.text = text;
    }

    public static RosterFilter of(RegistrationStatus status, String text) {
        String stripped = text == null ? "" : text.strip();
        return new RosterFilter(status, stripped.isEmpty() ? null : stripped);
    }

    /** In words, for the audit log: "status CONFIRMED, text "smith"" or "all registrations". */
    public String describe() {
        if (status == null && text == null) {
            return "all registrations";
        }
        String statusPart = status == null ? "" : "status " + status.name();
        String textPart = text == null ? "" : "text \"" + text + "\"";
        return statusPart.isEmpty() || textPart.isEmpty() ? statusPart + textPart : statusPart + ", " + textPart;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public String getText() {
        return text;
    }
}

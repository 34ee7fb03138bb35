package org.leadbureau.portal.training.control;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.leadbureau.portal.training.entity.Registration;
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

    public boolean matches(Registration registration) {
        if (status != null && registration.getStatus() != status) {
            return false;
        }
        if (text == null) {
            return true;
        }
        String wanted = text.toLowerCase(Locale.ROOT);
        return contains(registration.getName(), wanted) || contains(registration.getEmail(), wanted)
                || contains(registration.getOrganisation(), wanted);
    }

    public List<Registration> apply(List<Registration> roster) {
        return roster.stream().filter(this::matches).toList();
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

    private static boolean contains(String value, String wanted) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(wanted);
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public String getText() {
        return text;
    }
}

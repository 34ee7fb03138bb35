package org.leadbureau.portal.platform.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.leadbureau.portal.platform.security.FormStamps;

/**
 * When the public form of this page was shown, carried by the form itself (a hidden field signed by
 * {@link FormStamps}), so that its page keeps nothing on the server and opens no session. A form puts
 * {@code <h:inputHidden id="shown" value="#{formStamp.value}"/>} among its fields.
 */
@Named
@RequestScoped
public class FormStamp {

    @Inject
    FormStamps stamps;

    @Inject
    Clock clock;

    private String value;

    public String getValue() {
        if (value == null) {
            value = stamps.now();
        }
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    /**
     * When the posted form was shown. A stamp that is not the portal's (missing, altered) counts as just now, as a
     * bot's would, and the form shown again gets a fresh one, so a person who sends it again is not refused twice.
     */
    public Instant shownAt() {
        Optional<Instant> stamped = stamps.shownAt(value);
        if (stamped.isEmpty()) {
            value = null;
        }
        return stamped.orElseGet(clock::instant);
    }
}

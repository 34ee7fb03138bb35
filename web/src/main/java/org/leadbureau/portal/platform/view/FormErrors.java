package org.leadbureau.portal.platform.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.leadbureau.portal.platform.i18n.Texts;
import org.primefaces.component.api.InputHolder;

/**
 * The error summary the page template shows above a form that was refused: every message about a field, each
 * linking to its input, so that all that needs correcting is seen in one round (the messages also stand next to
 * their fields). Messages for the whole page are left to the page's own message area.
 */
@Named
@RequestScoped
public class FormErrors {

    /** One refused field: the id of its input (what the link focuses) and the message. A class, not a record: the
     *  server's Expression Language (5.0) reads getters only. */
    public static final class FieldError {
        private final String target;
        private final String message;

        FieldError(String target, String message) {
            this.target = target;
            this.message = message;
        }

        public String getTarget() {
            return target;
        }

        public String getMessage() {
            return message;
        }
    }

    /** Read afresh each time: Faces asks whether the summary is rendered before any message exists, too. */
    public List<FieldError> getFields() {
        return collect(FacesContext.getCurrentInstance());
    }

    public String getHeading() {
        return Texts.text("formErrors.heading", getFields().size());
    }

    private static List<FieldError> collect(FacesContext context) {
        List<FieldError> found = new ArrayList<>();
        for (Iterator<String> ids = context.getClientIdsWithMessages(); ids.hasNext(); ) {
            String clientId = ids.next();
            if (clientId == null) {
                continue;
            }
            String target = target(context, clientId);
            for (Iterator<FacesMessage> messages = context.getMessages(clientId); messages.hasNext(); ) {
                FacesMessage message = messages.next();
                if (message.getSeverity().getOrdinal() >= FacesMessage.SEVERITY_ERROR.getOrdinal()) {
                    found.add(new FieldError(target, message.getDetail() == null ? message.getSummary() : message.getDetail()));
                }
            }
        }
        return found;
    }

    /** A date picker's typed input sits inside it, with an id of its own. */
    private static String target(FacesContext context, String clientId) {
        try {
            UIComponent component = context.getViewRoot().findComponent(":" + clientId);
            return component instanceof InputHolder holder ? holder.getInputClientId() : clientId;
        } catch (IllegalArgumentException inRow) {
            // An input in a table row has no component of its own to find; its client id is still the target.
            return clientId;
        }
    }
}

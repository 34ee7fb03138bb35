package org.leadbureau.portal.platform.view;

import java.util.Map;
import org.leadbureau.portal.platform.rules.InvalidInputException;
import org.omnifaces.util.Messages;

/** Puts a boundary's refusal next to the fields it names. */
public final class FieldMessages {

    private FieldMessages() {
    }

    /**
     * @param clientIds field name in the boundary's terms → client id of the input on the page; a field with
     *                  no input on the page becomes a message at the top of the form
     */
    public static void show(InvalidInputException refusal, Map<String, String> clientIds) {
        refusal.getFieldErrors().forEach((field, message) -> {
            String clientId = clientIds.get(field);
            if (clientId == null) {
                Messages.addGlobalError(message);
            } else {
                Messages.addError(clientId, message);
            }
        });
    }
}

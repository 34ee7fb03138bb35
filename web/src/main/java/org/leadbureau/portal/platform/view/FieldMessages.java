package org.leadbureau.portal.platform.view;

import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import java.util.Map;
import org.leadbureau.portal.platform.rules.InvalidInputException;
import org.leadbureau.portal.platform.rules.Violations;
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
        refusal.getFieldErrors().forEach((field, message) -> show(field, message, clientIds));
    }

    /**
     * The Bean Validation refusal of a boundary's parameter (which the container wraps), by the last property name
     * of each violation: a form-level rule such as {@code isEndAfterStart()} is named {@code endAfterStart}.
     * Anything else is thrown on.
     */
    public static void show(EJBException failure, Map<String, String> clientIds) {
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violations) {
                violations.getConstraintViolations().forEach(violation -> show(Violations.field(violation), violation.getMessage(), clientIds));
                return;
            }
        }
        throw failure;
    }

    private static void show(String field, String message, Map<String, String> clientIds) {
        String clientId = clientIds.get(field);
        if (clientId == null) {
            Messages.addGlobalError(message);
        } else {
            Messages.addError(clientId, message);
        }
    }
}

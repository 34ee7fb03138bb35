package org.leadbureau.portal.platform.validation;

import jakarta.ejb.ApplicationException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input a user can correct: a message for the whole input and, where it applies, one per field (field name →
 * message, in the order of the form). Pages show the messages next to their fields; the API answers 400.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidInputException(String message, Map<String, String> fieldErrors) {
        super(message);
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public InvalidInputException(String message) {
        this(message, Map.of());
    }

    public Map<String, String> getFieldErrors() {
        return fieldErrors;
    }
}

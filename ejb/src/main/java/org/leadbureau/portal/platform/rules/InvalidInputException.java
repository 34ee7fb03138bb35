package org.leadbureau.portal.platform.rules;

import jakarta.ejb.ApplicationException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input a boundary refuses, with a message per field in words the person can act on. The transaction is
 * rolled back; pages show each message next to its field, the API answers 400 listing them.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidInputException(String field, String message) {
        this(Map.of(field, message));
    }

    public InvalidInputException(Map<String, String> fieldErrors) {
        this(String.join(" ", fieldErrors.values()), fieldErrors);
    }

    /** A message for the whole input and, where it applies, one per field, in the order of the form. */
    public InvalidInputException(String message, Map<String, String> fieldErrors) {
        super(message);
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    /** A refusal that concerns no single field. */
    public InvalidInputException(String message) {
        this(message, Map.of());
    }

    public Map<String, String> getFieldErrors() {
        return fieldErrors;
    }
}

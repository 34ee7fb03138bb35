package org.leadbureau.portal.platform.validation;

import jakarta.ejb.ApplicationException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input a boundary refuses, with a message per field in words the person can act on. The transaction is
 * rolled back; pages show each message next to its field, the API answers 400 listing them.
 */
@ApplicationException(rollback = true)
public class InvalidInput extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidInput(String field, String message) {
        this(Map.of(field, message));
    }

    public InvalidInput(Map<String, String> fieldErrors) {
        this(String.join(" ", fieldErrors.values()), fieldErrors);
    }

    /** A message for the whole input and, where it applies, one per field, in the order of the form. */
    public InvalidInput(String message, Map<String, String> fieldErrors) {
        super(message);
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    /** A refusal that concerns no single field. */
    public InvalidInput(String message) {
        this(message, Map.of());
    }

    public Map<String, String> getFieldErrors() {
        return fieldErrors;
    }
}

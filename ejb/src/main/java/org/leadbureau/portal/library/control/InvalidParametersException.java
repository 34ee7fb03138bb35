package org.leadbureau.portal.library.control;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/** A request with parameters the library cannot use (a search, an upload's metadata); names each bad one. */
@ApplicationException(rollback = true)
public class InvalidParametersException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidParametersException(Map<String, String> fieldErrors) {
        super("Invalid parameters: " + fieldErrors);
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> getFieldErrors() {
        return fieldErrors;
    }
}

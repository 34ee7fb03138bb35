package org.leadbureau.portal.platform.rest;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.leadbureau.portal.platform.rules.Violations;

/** Bean Validation failed (on a boundary's parameters): 400 listing each field with its message. */
@Provider
public class ConstraintViolationExceptionMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        Map<String, String> errors = new LinkedHashMap<>();
        exception.getConstraintViolations().stream()
                .sorted(Comparator.comparing(Violations::field))
                .forEach(violation -> errors.merge(Violations.field(violation), violation.getMessage(), (a, b) -> a + " " + b));
        return Problem.response(Response.Status.BAD_REQUEST, "Some fields need attention.", errors);
    }
}

package org.leadbureau.portal.platform.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/** Bean Validation failed (on a boundary's parameters): 400 listing each field with its message. */
@Provider
public class ConstraintViolationExceptionMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        Map<String, String> errors = new LinkedHashMap<>();
        exception.getConstraintViolations().stream()
                .sorted(Comparator.comparing(violation -> field(violation)))
                .forEach(violation -> errors.merge(field(violation), violation.getMessage(), (a, b) -> a + " " + b));
        return Problem.response(Response.Status.BAD_REQUEST, "Some fields need attention.", errors);
    }

    /** The last name in the path: "register.form.email" → "email"; a form-level rule is named by its property. */
    static String field(ConstraintViolation<?> violation) {
        String name = "";
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getName() != null) {
                name = node.getName();
            }
        }
        return name;
    }
}

package org.leadbureau.portal.platform.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.leadbureau.portal.platform.i18n.Language;
import org.leadbureau.portal.platform.i18n.LanguageFilter;
import org.leadbureau.portal.platform.i18n.BundleTexts;
import org.leadbureau.portal.platform.rules.Violations;

/** Bean Validation failed (on a boundary's parameters): 400 listing each field with its message, in the request's language. */
@Provider
public class ConstraintViolationExceptionMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        Language language = LanguageFilter.of(request);
        Map<String, String> errors = new LinkedHashMap<>();
        exception.getConstraintViolations().stream()
                .sorted(Comparator.comparing(Violations::field))
                .forEach(violation -> errors.merge(Violations.field(violation), Violations.message(violation, language),
                        (a, b) -> a + " " + b));
        return Problem.response(language, Response.Status.BAD_REQUEST,
                BundleTexts.of(BundleTexts.ERRORS, language).get("fields.attention"), errors);
    }
}

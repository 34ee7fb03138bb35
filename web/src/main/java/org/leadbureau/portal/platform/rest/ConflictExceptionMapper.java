package org.leadbureau.portal.platform.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import org.leadbureau.portal.platform.i18n.Language;
import org.leadbureau.portal.platform.i18n.LanguageFilter;
import org.leadbureau.portal.platform.rules.ConflictException;

/** The request clashes with what exists: 409 naming it. */
@Provider
public class ConflictExceptionMapper implements ExceptionMapper<ConflictException> {

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(ConflictException exception) {
        Language language = LanguageFilter.of(request);
        return Problem.response(language, Response.Status.CONFLICT, exception.getMessage(language), Map.of());
    }
}

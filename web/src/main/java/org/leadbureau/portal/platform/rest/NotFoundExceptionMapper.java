package org.leadbureau.portal.platform.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import org.leadbureau.portal.platform.i18n.Language;
import org.leadbureau.portal.platform.i18n.LanguageFilter;
import org.leadbureau.portal.platform.rules.NotFoundException;

/** A boundary found nothing by that name: 404 with its words. */
@Provider
public class NotFoundExceptionMapper implements ExceptionMapper<NotFoundException> {

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(NotFoundException exception) {
        Language language = LanguageFilter.of(request);
        return Problem.response(language, Response.Status.NOT_FOUND, exception.getMessage(language), Map.of());
    }
}

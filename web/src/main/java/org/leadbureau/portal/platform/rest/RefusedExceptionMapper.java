package org.leadbureau.portal.platform.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import org.leadbureau.portal.platform.i18n.Language;
import org.leadbureau.portal.platform.i18n.LanguageFilter;
import org.leadbureau.portal.platform.rules.RefusedException;

/** A valid request the rules refuse now (e.g. registration closed): 422 saying why. */
@Provider
public class RefusedExceptionMapper implements ExceptionMapper<RefusedException> {

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(RefusedException exception) {
        Language language = LanguageFilter.of(request);
        return Problem.response(language, Problem.UNPROCESSABLE_CONTENT, exception.getMessage(language), Map.of());
    }
}

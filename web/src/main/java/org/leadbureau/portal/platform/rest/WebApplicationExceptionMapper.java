package org.leadbureau.portal.platform.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import org.leadbureau.portal.platform.i18n.BundleTexts;
import org.leadbureau.portal.platform.i18n.Language;
import org.leadbureau.portal.platform.i18n.LanguageFilter;

/**
 * 404 for unknown paths, 405, 415 and the like, as problem bodies instead of the server's HTML, in the language of
 * the request ({@code problem.detail.<status>} of the errors bundle).
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        Response.StatusType status = original.getStatusInfo();
        Language language = LanguageFilter.of(request);
        BundleTexts texts = BundleTexts.of(BundleTexts.ERRORS, language);
        String key = "problem.detail." + status.getStatusCode();
        String detail = texts.has(key) ? texts.get(key)
                : exception.getMessage() == null ? status.getReasonPhrase() : exception.getMessage();
        Response problem = Problem.response(language, status, detail, Map.of());
        // Keep headers that tell the client what to do next (Allow, WWW-Authenticate, Retry-After).
        original.getHeaders().forEach((name, values) -> {
            if (!"Content-Type".equalsIgnoreCase(name)) {
                values.forEach(value -> problem.getHeaders().add(name, value));
            }
        });
        return problem;
    }
}

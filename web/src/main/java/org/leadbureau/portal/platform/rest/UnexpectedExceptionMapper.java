package org.leadbureau.portal.platform.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.leadbureau.portal.platform.i18n.BundleTexts;
import org.leadbureau.portal.platform.i18n.Language;
import org.leadbureau.portal.platform.i18n.LanguageFilter;

/** Anything unforeseen: logged with a reference the caller can quote, answered without internals. */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(Throwable exception) {
        return answer(exception, LanguageFilter.of(request));
    }

    /** The 500 problem, in the language of the request, after logging the failure under its reference. */
    static Response answer(Throwable exception, Language language) {
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error in the API, reference " + reference, exception);
        return Problem.response(language, Response.Status.INTERNAL_SERVER_ERROR,
                BundleTexts.of(BundleTexts.ERRORS, language).get("problem.detail.500", reference), Map.of());
    }
}

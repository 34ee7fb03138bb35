package org.leadbureau.portal.platform.rest;

import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import org.leadbureau.portal.platform.i18n.Language;
import org.leadbureau.portal.platform.i18n.LanguageFilter;
import org.leadbureau.portal.platform.i18n.BundleTexts;

/**
 * A body that cannot be read as the JSON an address expects (malformed, or a value such as an unknown role
 * that fits no field): the client's mistake, so 400, without the parser's internals.
 */
public final class RequestBodyExceptionMapper {

    private RequestBodyExceptionMapper() {
    }

    /** 400 saying so in the request's language. */
    static Response unreadable(HttpServletRequest request) {
        Language language = LanguageFilter.of(request);
        return Problem.response(language, Response.Status.BAD_REQUEST,
                BundleTexts.of(BundleTexts.ERRORS, language).get("body.unreadable"), Map.of());
    }

    @Provider
    public static class JsonbMapper implements ExceptionMapper<JsonbException> {
        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(JsonbException exception) {
            return unreadable(request);
        }
    }

    @Provider
    public static class ProcessingMapper implements ExceptionMapper<ProcessingException> {
        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(ProcessingException exception) {
            return unreadable(request);
        }
    }
}

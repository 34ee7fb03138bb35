package org.leadbureau.portal.platform.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import org.leadbureau.portal.platform.i18n.Language;
import org.leadbureau.portal.platform.i18n.LanguageFilter;
import org.leadbureau.portal.platform.rules.ForbiddenException;
import org.leadbureau.portal.platform.rules.InvalidInputException;

/** How the domain's refusals reach API clients: as problem bodies with the right status. */
public final class DomainExceptionMappers {

    private DomainExceptionMappers() {
    }

    @Provider
    public static class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {
        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(InvalidInputException exception) {
            Language language = LanguageFilter.of(request);
            return Problem.response(language, Response.Status.BAD_REQUEST, exception.getMessage(language),
                    exception.getFieldErrors(language));
        }
    }

    /** A boundary refused the caller's role: 403 (anonymous callers never get this far on /api/staff). */
    @Provider
    public static class AccessDeniedMapper implements ExceptionMapper<EJBAccessException> {
        @Override
        public Response toResponse(EJBAccessException exception) {
            return Problem.response(Response.Status.FORBIDDEN, "Your role does not allow this.");
        }
    }

    /** The role allows the action but not on this thing (e.g. another trainer's visit): 403 saying so. */
    @Provider
    public static class ForbiddenMapper implements ExceptionMapper<ForbiddenException> {
        @Override
        public Response toResponse(ForbiddenException exception) {
            return Problem.response(Response.Status.FORBIDDEN, exception.getMessage());
        }
    }

    /** The container wraps some exceptions from EJBs: answer for the cause, as if it had come unwrapped. */
    @Provider
    public static class EjbExceptionMapper implements ExceptionMapper<EJBException> {
        @Context
        Providers providers;

        @Context
        HttpServletRequest request;

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Response toResponse(EJBException exception) {
            // The first cause that has a mapper of its own (Bean Validation's violations, a refusal) decides.
            for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
                ExceptionMapper mapper = providers.getExceptionMapper(cause.getClass());
                if (mapper != null && !(mapper instanceof EjbExceptionMapper) && !(mapper instanceof UnexpectedExceptionMapper)) {
                    return mapper.toResponse(cause);
                }
            }
            return UnexpectedExceptionMapper.answer(exception, LanguageFilter.of(request));
        }
    }
}

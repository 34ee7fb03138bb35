package org.leadbureau.portal.platform.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.util.LinkedHashMap;
import java.util.Map;
import org.leadbureau.portal.platform.validation.Conflict;
import org.leadbureau.portal.platform.validation.InvalidInput;

/** How the domain's refusals reach API clients: as problem bodies with the right status. */
public final class DomainExceptionMappers {

    private DomainExceptionMappers() {
    }

    @Provider
    public static class InvalidInputMapper implements ExceptionMapper<InvalidInput> {
        @Override
        public Response toResponse(InvalidInput exception) {
            return Problem.response(Response.Status.BAD_REQUEST, exception.getMessage(), exception.getFieldErrors());
        }
    }

    @Provider
    public static class ConflictMapper implements ExceptionMapper<Conflict> {
        @Override
        public Response toResponse(Conflict exception) {
            return Problem.response(Response.Status.CONFLICT, exception.getMessage());
        }
    }

    /** Bean Validation on a resource's or a boundary's parameters: 400 naming each field. */
    @Provider
    public static class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException exception) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
                fields.putIfAbsent(field(violation), violation.getMessage());
            }
            return Problem.response(Response.Status.BAD_REQUEST, "Some fields need correcting.", fields);
        }

        /** The last node of the property path ("create.request.email" → "email"). */
        private static String field(ConstraintViolation<?> violation) {
            String path = violation.getPropertyPath().toString();
            return path.substring(path.lastIndexOf('.') + 1);
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

    /** The container wraps some exceptions from EJBs: answer for the cause, as if it had come unwrapped. */
    @Provider
    public static class EjbExceptionMapper implements ExceptionMapper<EJBException> {
        @Context
        Providers providers;

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Response toResponse(EJBException exception) {
            Throwable cause = exception.getCause() != null ? exception.getCause() : exception.getCausedByException();
            if (cause != null) {
                ExceptionMapper mapper = providers.getExceptionMapper(cause.getClass());
                if (mapper != null && !(mapper instanceof EjbExceptionMapper)) {
                    return mapper.toResponse(cause);
                }
            }
            return new UnexpectedExceptionMapper().toResponse(exception);
        }
    }
}

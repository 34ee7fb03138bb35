package org.leadbureau.portal.platform.rest;

import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The EJB container wraps what a boundary's interceptors throw, Bean Validation's violations included: those
 * are the caller's mistakes (400); anything else stays unexpected (500).
 */
@Provider
public class EJBExceptionMapper implements ExceptionMapper<EJBException> {

    @Override
    public Response toResponse(EJBException exception) {
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violations) {
                return new ConstraintViolationExceptionMapper().toResponse(violations);
            }
        }
        return new UnexpectedExceptionMapper().toResponse(exception);
    }
}

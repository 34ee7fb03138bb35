package org.leadbureau.portal.platform.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.leadbureau.portal.platform.validation.InvalidInputException;

/** Input the caller can correct: 400 with the message and each wrong field. */
@Provider
public class InvalidInputExceptionMapper implements ExceptionMapper<InvalidInputException> {

    @Override
    public Response toResponse(InvalidInputException exception) {
        return Problem.response(Response.Status.BAD_REQUEST, exception.getMessage(), exception.getFieldErrors());
    }
}

package org.leadbureau.portal.platform.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.leadbureau.portal.platform.rules.ConflictException;

/** The request clashes with what exists: 409 naming it. */
@Provider
public class ConflictExceptionMapper implements ExceptionMapper<ConflictException> {

    @Override
    public Response toResponse(ConflictException exception) {
        return Problem.response(Response.Status.CONFLICT, exception.getMessage());
    }
}

package org.leadbureau.portal.platform.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.leadbureau.portal.platform.rules.NotFoundException;

/** A boundary found nothing by that name: 404 with its words. */
@Provider
public class NotFoundExceptionMapper implements ExceptionMapper<NotFoundException> {

    @Override
    public Response toResponse(NotFoundException exception) {
        return Problem.response(Response.Status.NOT_FOUND, exception.getMessage());
    }
}

package org.leadbureau.portal.platform.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A boundary refused the caller (@RolesAllowed): 403 as a problem body, not a 500. */
@Provider
public class AccessDeniedExceptionMapper implements ExceptionMapper<EJBAccessException> {

    @Override
    public Response toResponse(EJBAccessException exception) {
        return Problem.response(Response.Status.FORBIDDEN, "You are not allowed to do this. Sign in as Bureau staff.");
    }
}

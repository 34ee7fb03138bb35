package org.leadbureau.portal.platform.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.leadbureau.portal.platform.rules.RefusedException;

/** A valid request the rules refuse now (e.g. registration closed): 422 saying why. */
@Provider
public class RefusedExceptionMapper implements ExceptionMapper<RefusedException> {

    @Override
    public Response toResponse(RefusedException exception) {
        return Problem.response(Problem.UNPROCESSABLE_CONTENT, exception.getMessage());
    }
}

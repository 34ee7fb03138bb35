package org.leadbureau.portal.platform.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.leadbureau.portal.platform.rules.RefusedException;

/** A valid request the rules refuse now (e.g. registration closed): 422 saying why. */
@Provider
public class RefusedExceptionMapper implements ExceptionMapper<RefusedException> {

    static final Response.StatusType UNPROCESSABLE = new Response.StatusType() {
        @Override
        public int getStatusCode() {
            return 422;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Unprocessable Content";
        }
    };

    @Override
    public Response toResponse(RefusedException exception) {
        return Problem.response(UNPROCESSABLE, exception.getMessage());
    }
}
